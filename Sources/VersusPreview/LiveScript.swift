import VersusCore

/// The script every previewed page loads. It listens on the event stream and:
/// reloads the page when the site changed, keeping the scroll position;
/// swaps stylesheets in place when only CSS changed; shows the build's errors
/// in an overlay and removes it when they are fixed. A page opened while the
/// build is broken gets the overlay from the stream's first message.
enum LiveScript {
    /// The script tag, carrying the generation of the site the page was
    /// served from: a rebuild that lands before the page connects is then
    /// still noticed.
    static func tag(generation: Int) -> String {
        "<script src=\"/\(Responder.prefix)live.js\" data-generation=\"\(generation)\"></script>"
    }

    static func inject(into page: [UInt8], generation: Int) -> [UInt8] {
        let tag = tag(generation: generation)
        let marker = Array("</body>".utf8)
        var bytes = page
        if let at = lastIndex(of: marker, in: page) {
            bytes.insert(contentsOf: Array(tag.utf8), at: at)
        } else {
            bytes += Array(tag.utf8)
        }
        return bytes
    }

    private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = haystack.count - needle.count
        while i >= 0 {
            if haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i -= 1
        }
        return nil
    }

    /// Shown for a missing path when the site has no 404.html; it reloads like
    /// any page, so it turns into the page once the page is written.
    static func notFoundPage(path: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Not found</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body style="font: 16px/1.5 system-ui, sans-serif; margin: 2rem">
        <h1>Not found</h1><p>No page at <code>\(HTML.escape(path))</code>.</p>
        </body></html>
        """
    }

    static let client = #"""
    (function () {
      "use strict";
      var key = "versus-scroll:" + location.pathname;
      var saved = sessionStorage.getItem(key);
      if (saved !== null) {
        sessionStorage.removeItem(key);
        var y = Number(saved);
        window.scrollTo(0, y);
        window.addEventListener("load", function () { window.scrollTo(0, y); });
      }
      var script = document.currentScript;
      var generation = script && script.dataset.generation ? Number(script.dataset.generation) : null;
      function reload() {
        sessionStorage.setItem(key, String(window.scrollY));
        location.reload();
      }
      function overlay(problems) {
        var box = document.getElementById("versus-overlay");
        if (!problems.length) { if (box) box.remove(); return; }
        if (!box) {
          box = document.createElement("div");
          box.id = "versus-overlay";
          box.setAttribute("role", "alert");
          box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:1.5rem;" +
            "background:rgba(20,20,24,.98);color:#f4f4f5;font:14px/1.5 ui-monospace,monospace";
          document.body.appendChild(box);
        }
        box.textContent = "";
        var title = document.createElement("h2");
        title.style.cssText = "margin:0 0 1rem;font:600 18px/1.3 system-ui,sans-serif;color:#fca5a5";
        title.textContent = "The site did not build. The last good version is served; fix the file and this goes away.";
        box.appendChild(title);
        problems.forEach(function (text) {
          var pre = document.createElement("pre");
          pre.style.cssText = "margin:0 0 1rem;white-space:pre-wrap";
          pre.textContent = text;
          box.appendChild(pre);
        });
      }
      // Warnings do not stop the build: a folded note in a corner, the
      // count first, the list one click away.
      function warningsNote(warnings) {
        var note = document.getElementById("versus-warnings");
        if (!warnings || !warnings.length) { if (note) note.remove(); return; }
        if (!note) {
          note = document.createElement("details");
          note.id = "versus-warnings";
          note.setAttribute("role", "status");
          note.style.cssText = "position:fixed;right:.75rem;bottom:.75rem;z-index:2147483646;max-width:min(46rem,calc(100vw - 1.5rem));" +
            "max-height:70vh;overflow:auto;padding:.5rem .75rem;border-radius:.5rem;background:rgba(20,20,24,.96);color:#f4f4f5;" +
            "font:13px/1.5 ui-monospace,monospace;box-shadow:0 4px 16px rgba(0,0,0,.3)";
          document.body.appendChild(note);
        }
        note.textContent = "";
        var summary = document.createElement("summary");
        summary.style.cssText = "cursor:pointer;color:#fcd34d;font:600 13px/1.5 system-ui,sans-serif";
        summary.textContent = warnings.length + (warnings.length === 1 ? " warning" : " warnings") + " in the site";
        note.appendChild(summary);
        warnings.forEach(function (text) {
          var pre = document.createElement("pre");
          pre.style.cssText = "margin:.5rem 0 0;white-space:pre-wrap";
          pre.textContent = text;
          note.appendChild(pre);
        });
      }
      function swapStyles(paths) {
        var links = document.querySelectorAll('link[rel="stylesheet"]');
        var stamp = "versus=" + Date.now();
        links.forEach(function (link) {
          var url = new URL(link.href, location.href);
          var path = url.pathname.replace(/^\//, "");
          if (paths.indexOf(path) < 0) return;
          url.search = stamp;
          var fresh = link.cloneNode();
          fresh.href = url.href;
          fresh.addEventListener("load", function () { link.remove(); });
          link.after(fresh);
        });
      }
      var source = new EventSource("/__versus/events");
      source.addEventListener("hello", function (event) {
        var data = JSON.parse(event.data);
        if (generation !== null && generation !== data.generation) { reload(); return; }
        generation = data.generation;
        overlay(data.problems);
        warningsNote(data.warnings);
      });
      source.addEventListener("reload", function (event) {
        generation = JSON.parse(event.data).generation;
        reload();
      });
      source.addEventListener("styles", function (event) {
        var data = JSON.parse(event.data);
        generation = data.generation;
        swapStyles(data.paths);
      });
      source.addEventListener("problems", function (event) {
        var data = JSON.parse(event.data);
        overlay(data.problems);
        warningsNote(data.warnings);
      });
    })();
    """#
}
