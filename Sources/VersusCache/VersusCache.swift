/// VersusCache owns `.versus-cache/`, what one `versus build` leaves for the
/// next: the hashes of what it read and wrote, the identity of the output
/// folder and the problems it reported (`BuildRecord`), kept in SQLite
/// through GRDB (`BuildCache`). It decides nothing about a build; `VersusSite`
/// compares a record with the site as it now is.
public enum VersusCacheModule {}
