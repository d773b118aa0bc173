#include "reports/ReportKinds.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "support/TestSupport.h"

using namespace daicho;
using namespace daicho::reports;

namespace {

std::unique_ptr<Register> demo()
{
    auto reg = Register::createInMemory({QStringLiteral("Org"), QStringLiteral("Scope")});
    REQUIRE(reg);
    REQUIRE(DemoRegister::populate(**reg));
    return std::move(*reg);
}

const TableBlock& firstTable(const ReportDocument& doc, int section = 0)
{
    for (const Block& b : doc.sections.at(section).blocks) {
        if (const auto* t = std::get_if<TableBlock>(&b))
            return *t;
    }
    FAIL("no table");
    static TableBlock none;
    return none;
}

QStringList titles(const TableBlock& t)
{
    QStringList out;
    for (const TableColumn& c : t.columns)
        out.append(c.title);
    return out;
}

} // namespace

TEST_CASE("the risk assessment follows the method: IPA's inputs, or a matrix's", "[reports][risks]")
{
    auto reg = demo();
    ReportOptions o;
    o.kind = ReportKind::RiskAssessment;
    o.language = QStringLiteral("en");

    auto ipa = ReportKinds::build(*reg, o);
    REQUIRE(ipa);
    CHECK(titles(firstTable(*ipa)).contains(QStringLiteral("Threat level")));

    REQUIRE(reg->risks().applyMethod(RiskMethod::matrixDefault(5), QStringLiteral("test")));
    auto matrix = ReportKinds::build(*reg, o);
    REQUIRE(matrix);
    const TableBlock& t = firstTable(*matrix);
    CHECK_FALSE(titles(t).contains(QStringLiteral("Threat level")));
    CHECK(titles(t).contains(QStringLiteral("Likelihood")));
    // Every risk once, each row as wide as the header, scored under the new version.
    int rows = 0;
    const int methodColumn = int(t.columns.size()) - 1;
    for (const TableRow& r : t.rows) {
        if (r.kind != TableRow::Kind::Data)
            continue;
        ++rows;
        CHECK(r.cells.size() == t.columns.size());
        CHECK(r.cells.at(methodColumn) == QStringLiteral("v2"));
    }
    CHECK(rows == 21);
}

TEST_CASE("the treatment plan leaves out closed risks and acceptable ones with no decision",
          "[reports][risks]")
{
    auto reg = demo();
    auto all = reg->risks().all();
    REQUIRE(all);
    // Close one risk that was in the plan.
    Risk closed = all->first();
    closed.status = RiskStatus::Closed;
    REQUIRE(reg->risks().update(closed));

    ReportOptions o;
    o.kind = ReportKind::TreatmentPlan;
    o.language = QStringLiteral("en");
    auto doc = ReportKinds::build(*reg, o);
    REQUIRE(doc);
    const TableBlock& t = firstTable(*doc);
    QStringList codes;
    for (const TableRow& r : t.rows) {
        if (r.kind == TableRow::Kind::Data)
            codes.append(r.cells.first());
    }
    CHECK_FALSE(codes.contains(closed.code));
    CHECK(codes.size() == all->size() - 1);
    CHECK(codes.removeDuplicates() == 0);
}
