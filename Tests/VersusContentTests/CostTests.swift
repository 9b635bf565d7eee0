import Testing
@testable import VersusContent

/// What a workload costs, where a setup breaks even, and how both are
/// written: the figures the calculator's script must give too.
@Suite struct CostTests {
    let workload = Workload(input: 30_000_000, output: 10_000_000)

    @Test func monthlyCostAndBreakEvenAtTheWorkloadsMix() {
        let gpt = Model.Pricing(input: 5, output: 15)
        let opus = Model.Pricing(input: 5, output: 25)
        #expect(workload.monthlyCost(gpt) == 300)
        #expect(workload.monthlyCost(opus) == 400)
        #expect(workload.monthlyCost(Model.Pricing(input: 5, output: nil)) == nil)
        // The figures: 8x A100 at $15,000-20,000 a month against
        // GPT-5.4 at a 3:1 mix is about 2-2.7 billion tokens, Opus 1.5-2.
        #expect(workload.breakEven(15_000, gpt) == 2_000_000_000)
        #expect(CostFormat.tokenRange(workload.breakEven(15_000, gpt)!, workload.breakEven(20_000, gpt)!) == "2B–2.67B")
        #expect(CostFormat.tokenRange(workload.breakEven(15_000, opus)!, workload.breakEven(20_000, opus)!) == "1.5B–2B")
        // A free API: never.
        #expect(workload.breakEven(15_000, Model.Pricing(input: 0, output: 0)) == nil)
        #expect(Workload(input: 0, output: 0).breakEven(100, gpt) == nil)
    }

    @Test func costsAndVolumesAreWrittenOneWay() {
        #expect(CostFormat.money(9.876) == "$9.88")
        #expect(CostFormat.money(0) == "$0.00")
        #expect(CostFormat.money(99.994) == "$99.99")
        #expect(CostFormat.money(99.996) == "$100")
        #expect(CostFormat.money(1234.5) == "$1,235")
        #expect(CostFormat.money(15_000) == "$15,000")
        #expect(CostFormat.tokens(0) == "0")
        #expect(CostFormat.tokens(750) == "750")
        #expect(CostFormat.tokens(12_345) == "12.3K")
        #expect(CostFormat.tokens(150_000_000) == "150M")
        #expect(CostFormat.tokens(2_666_666_667) == "2.67B")
        #expect(CostFormat.tokens(999_600_000) == "1B")
        #expect(CostFormat.tokens(1_234_000_000_000) == "1,234B")
        #expect(CostFormat.tokenRange(7_407_407, 7_407_407) == "7.41M")
        #expect(CostFormat.price(0.55) == "$0.55")
        #expect(CostFormat.price(5) == "$5.00")
        #expect(CostFormat.price(0.075) == "$0.075")
        #expect(CostFormat.price(0.0375) == "$0.0375")
        #expect(CostFormat.price(1.1) == "$1.10")
    }

    @Test func aSetupCostsItsRentalElseItsPurchaseSpread() {
        var setup = Setup()
        #expect(setup.monthly(amortizeMonths: 36) == nil)
        setup.purchase = 2_000
        #expect(setup.monthly(amortizeMonths: 36).map { CostFormat.money($0.min) } == "$55.56")
        setup.rental = Setup.Range(min: 15_000, max: 20_000)
        #expect(setup.monthly(amortizeMonths: 36) == Setup.Range(min: 15_000, max: 20_000))
    }
}
