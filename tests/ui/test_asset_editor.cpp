#include "SettingsSandbox.h"
#include "assets/AssetCommands.h"
#include "assets/AssetEditor.h"
#include "assets/AssetHistoryPanel.h"
#include "assets/AssetTableModel.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "storage/AssetSnapshot.h"
#include "support/TestSupport.h"
#include "undo/RegisterDocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace daicho;
using namespace daicho::test;

namespace {

struct Fixture
{
    std::unique_ptr<RegisterDocument> doc;
    std::unique_ptr<AssetTableModel> model;
    qint64 db = 0, web = 0, pc = 0;

    Fixture()
    {
        auto reg = Register::createInMemory();
        REQUIRE(reg);
        doc = std::make_unique<RegisterDocument>(std::move(*reg));
        AssetService& s = doc->reg().assets();
        Asset d = makeAsset(QStringLiteral("CUS-DB-001"), AssetClass::Customer,
                            AssetSubtype::Physical, 3, 3, 3);
        d.name = QStringLiteral("Web請求DBサーバ");
        d.personalData = PersonalData::SpecialCare;
        d.customerData = true;
        Asset w = makeAsset(QStringLiteral("CUS-SV-001"), AssetClass::Customer,
                            AssetSubtype::Physical, 2, 3, 3);
        Asset p =
            makeAsset(QStringLiteral("INT-PC-001"), AssetClass::Internal, AssetSubtype::Physical);
        db = s.create(d)->id;
        web = s.create(w)->id;
        pc = s.create(p)->id;
        REQUIRE(s.addDependency(web, db)); // the web servers use the DB
        REQUIRE(s.addDependency(db, pc));  // the DB is administered from the PC
        model = std::make_unique<AssetTableModel>(doc->reg());
        REQUIRE(model->reload());
    }
    AssetService& assets() { return doc->reg().assets(); }
    qint64 historyCount() { return *doc->reg().history().count(); }
    bool sound()
    {
        auto report = RegisterCheck::run(doc->reg());
        return report && report->ok();
    }
};

} // namespace

TEST_CASE("an edit through the editor lands in the register and its history, and undoes",
          "[ui][editor]")
{
    SettingsSandbox settings;
    Fixture f;
    const qint64 before = f.historyCount();
    AssetEditor editor(*f.doc, *f.model, f.pc, nullptr);
    CHECK(editor.codeEdit()->text() == QStringLiteral("INT-PC-001"));
    editor.nameEdit()->setText(QStringLiteral("管理者PC"));
    editor.ownerEdit()->setText(QStringLiteral("システム運用部"));
    editor.confidentialityBox()->setValue(3);
    CHECK(editor.okButton()->isEnabled());
    REQUIRE(editor.save());

    auto stored = f.assets().find(f.pc);
    REQUIRE(stored->has_value());
    CHECK((*stored)->name == QStringLiteral("管理者PC"));
    CHECK((*stored)->confidentiality == 3);
    CHECK(f.historyCount() == before + 1);
    auto hist = f.assets().historyOf(f.pc);
    REQUIRE(hist);
    CHECK(hist->last().action == QStringLiteral("update"));
    CHECK(f.model->index(f.model->rowOf(f.pc), AssetTableModel::NameColumn).data().toString() ==
          QStringLiteral("管理者PC"));

    // The history tab of a new editor shows the change field by field.
    AssetEditor again(*f.doc, *f.model, f.pc, nullptr);
    auto* tree = again.findChild<AssetHistoryPanel*>()->tree();
    REQUIRE(tree->topLevelItemCount() >= 2);
    CHECK(tree->topLevelItem(0)->text(3).contains(QStringLiteral("管理者PC")));

    f.doc->undoStack()->undo();
    CHECK((*f.assets().find(f.pc))->name == QStringLiteral("Asset INT-PC-001"));
    CHECK(f.historyCount() == before + 2); // undo is a real write with its own entry
    f.doc->undoStack()->redo();
    CHECK((*f.assets().find(f.pc))->name == QStringLiteral("管理者PC"));
    CHECK(f.sound());
}

TEST_CASE("rule violations show a message at the field and write nothing", "[ui][editor]")
{
    SettingsSandbox settings;
    Fixture f;
    const qint64 before = f.historyCount();
    AssetEditor editor(*f.doc, *f.model, f.web, nullptr);

    struct Case
    {
        const char* what;
        std::function<void()> change;
        AssetField field;
        QString expected;
    };
    const std::vector<Case> cases{
        {"media is only for internal assets",
         [&] {
             editor.subtypeBox()->setCurrentIndex(
                 editor.subtypeBox()->findData(int(AssetSubtype::Media)));
         },
         AssetField::Subtype, QStringLiteral("only allowed for internal")},
        {"code must be unique", [&] { editor.codeEdit()->setText(QStringLiteral("cus-db-001")); },
         AssetField::Code, QStringLiteral("already used")},
        {"code is required", [&] { editor.codeEdit()->setText(QStringLiteral("  ")); },
         AssetField::Code, QStringLiteral("required")},
        {"name is required", [&] { editor.nameEdit()->clear(); }, AssetField::Name,
         QStringLiteral("required")},
        {"an override needs a reason",
         [&] {
             editor.overrideBox()->setChecked(true);
             editor.overrideReasonEdit()->clear();
         },
         AssetField::OverrideReason, QStringLiteral("needs a reason")},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        editor.codeEdit()->setText(QStringLiteral("CUS-SV-001"));
        editor.nameEdit()->setText(QStringLiteral("Webサーバ"));
        editor.subtypeBox()->setCurrentIndex(
            editor.subtypeBox()->findData(int(AssetSubtype::Physical)));
        editor.overrideBox()->setChecked(false);
        REQUIRE(editor.okButton()->isEnabled());
        c.change();
        CHECK(editor.messageFor(c.field).contains(c.expected));
        CHECK_FALSE(editor.okButton()->isEnabled());
        CHECK_FALSE(editor.save());
        CHECK(f.historyCount() == before);
    }
    CHECK(f.doc->undoStack()->count() == 0);
}

TEST_CASE("the CIA fields accept only 1 to 3", "[ui][editor]")
{
    SettingsSandbox settings;
    Fixture f;
    AssetEditor editor(*f.doc, *f.model, f.pc, nullptr);
    editor.confidentialityBox()->setValue(7);
    CHECK(editor.confidentialityBox()->value() == 3);
    editor.confidentialityBox()->setValue(0);
    CHECK(editor.confidentialityBox()->value() == 1);
}

TEST_CASE("dependencies in the editor: a cycle is refused and named, others save and undo",
          "[ui][editor][dependencies]")
{
    SettingsSandbox settings;
    Fixture f;
    AssetEditor editor(*f.doc, *f.model, f.pc, nullptr);
    // The PC is depended on by the DB; the DB by the web servers.
    CHECK(editor.dependentsList()->count() == 1);
    CHECK(editor.dependentsList()->item(0)->text().contains(QStringLiteral("CUS-DB-001")));
    CHECK(editor.priorityLabel()->text().contains(QStringLiteral("P1")));

    Status refused = editor.addDependency(f.web);
    REQUIRE_FALSE(refused);
    CHECK(editor.dependencyMessage().contains(
        QStringLiteral("INT-PC-001 → CUS-SV-001 → CUS-DB-001 → INT-PC-001")));
    CHECK(editor.dependencies().isEmpty());

    // A new asset the PC depends on, made in its own editor.
    AssetEditor fresh(*f.doc, *f.model, 0, nullptr);
    fresh.codeEdit()->setText(QStringLiteral("INT-SW-001"));
    fresh.nameEdit()->setText(QStringLiteral("VPNクライアント"));
    fresh.subtypeBox()->setCurrentIndex(fresh.subtypeBox()->findData(int(AssetSubtype::Software)));
    REQUIRE(fresh.save());
    const qint64 vpn = fresh.assetId();
    REQUIRE(vpn > 0);
    CHECK(f.model->rowOf(vpn) >= 0);

    AssetEditor edit2(*f.doc, *f.model, f.pc, nullptr);
    REQUIRE(edit2.addDependency(vpn));
    edit2.nameEdit()->setText(QStringLiteral("管理者PC"));
    REQUIRE(edit2.save());
    CHECK(f.assets().graph()->hasEdge(f.pc, vpn));
    // Raised along two steps: VPN ← PC ← DB (P1).
    CHECK(f.model->priorities().effective(vpn) == Priority::P1);

    // One save is one undo step, even with the dependency in it.
    const QString undoText = f.doc->undoStack()->undoText();
    CHECK(undoText.contains(QStringLiteral("INT-PC-001")));
    f.doc->undoStack()->undo();
    CHECK_FALSE(f.assets().graph()->hasEdge(f.pc, vpn));
    CHECK((*f.assets().find(f.pc))->name == QStringLiteral("Asset INT-PC-001"));
    CHECK(f.model->priorities().effective(vpn) == Priority::P3);
    f.doc->undoStack()->redo();
    CHECK(f.assets().graph()->hasEdge(f.pc, vpn));
    CHECK(f.sound());
}

TEST_CASE("an override needs a reason and shows in the priority and history", "[ui][editor]")
{
    SettingsSandbox settings;
    Fixture f;
    AssetEditor editor(*f.doc, *f.model, f.web, nullptr);
    editor.overrideBox()->setChecked(true);
    editor.overridePriorityBox()->setCurrentIndex(
        editor.overridePriorityBox()->findData(int(Priority::P1)));
    CHECK_FALSE(editor.okButton()->isEnabled());
    editor.overrideReasonEdit()->setPlainText(QStringLiteral("顧客との契約で最重要"));
    CHECK(editor.okButton()->isEnabled());
    CHECK(editor.priorityLabel()->text().contains(QStringLiteral("P1")));
    REQUIRE(editor.save());
    auto hist = f.assets().historyOf(f.web);
    REQUIRE(hist);
    CHECK(hist->last().action == QStringLiteral("override"));
    CHECK(hist->last().note == QStringLiteral("顧客との契約で最重要"));
    f.doc->undoStack()->undo();
    CHECK_FALSE((*f.assets().find(f.web))->priorityOverride.has_value());
}

TEST_CASE("undo of a delete restores the assets and their dependencies exactly",
          "[ui][undo][dependencies]")
{
    SettingsSandbox settings;
    Fixture f;
    const QString dbBefore = AssetSnapshot::toJson(**f.assets().find(f.db));
    auto edgesBefore = f.assets().graph()->edges();
    std::sort(edgesBefore.begin(), edgesBefore.end(), [](auto a, auto b) {
        return std::pair(a.dependent, a.dependency) < std::pair(b.dependent, b.dependency);
    });

    // The DB sits in the middle: the web servers depend on it, it depends on the PC.
    REQUIRE(AssetCommands::remove(*f.doc, {f.db, f.pc}));
    CHECK(f.model->rowCount() == 1);
    CHECK(f.assets().graph()->edges().isEmpty());

    for (int round = 0; round < 2; ++round) {
        f.doc->undoStack()->undo();
        CHECK(f.model->rowCount() == 3);
        CHECK(AssetSnapshot::toJson(**f.assets().find(f.db)) == dbBefore);
        auto edges = f.assets().graph()->edges();
        std::sort(edges.begin(), edges.end(), [](auto a, auto b) {
            return std::pair(a.dependent, a.dependency) < std::pair(b.dependent, b.dependency);
        });
        CHECK(edges == edgesBefore);
        CHECK(f.model->priorities().effective(f.pc) == Priority::P1);
        CHECK(f.sound());
        f.doc->undoStack()->redo();
        CHECK_FALSE(f.assets().find(f.db)->has_value());
        CHECK(f.sound());
    }
}

TEST_CASE("undo of a new asset and redo bring back the same asset", "[ui][undo]")
{
    SettingsSandbox settings;
    Fixture f;
    auto id = AssetCommands::create(
        *f.doc, makeAsset(QStringLiteral("TST-SV-001"), AssetClass::Test, AssetSubtype::Physical));
    REQUIRE(id);
    REQUIRE(AssetCommands::addDependency(*f.doc, f.db, *id));
    f.doc->undoStack()->undo();
    f.doc->undoStack()->undo();
    CHECK_FALSE(f.assets().find(*id)->has_value());
    f.doc->undoStack()->redo();
    f.doc->undoStack()->redo(); // the dependency names the id: it must be the same
    CHECK(f.assets().find(*id)->has_value());
    CHECK(f.assets().graph()->hasEdge(f.db, *id));
    CHECK(f.sound());
}

TEST_CASE("the editor says in words when the review is overdue", "[ui][editor][overdue]")
{
    SettingsSandbox settings;
    ClockGuard clock; // 2026-04-01
    Fixture f;
    AssetEditor editor(*f.doc, *f.model, f.web, nullptr);
    editor.reviewScheduledBox()->setChecked(true);
    editor.nextReviewEdit()->setDate(QDate(2026, 3, 31));
    CHECK(editor.reviewOverdueLabel()->text().contains(QStringLiteral("overdue")));
    editor.nextReviewEdit()->setDate(QDate(2026, 4, 1));
    CHECK(editor.reviewOverdueLabel()->text().isEmpty());
    editor.nextReviewEdit()->setDate(QDate(2025, 1, 1));
    editor.reviewScheduledBox()->setChecked(false); // no review planned: nothing is overdue
    CHECK(editor.reviewOverdueLabel()->text().isEmpty());
}

TEST_CASE("Tab walks the editor's fields in the order they are shown", "[ui][editor][keyboard]")
{
    SettingsSandbox settings;
    Fixture f;
    AssetEditor editor(*f.doc, *f.model, f.web, nullptr);
    editor.reviewScheduledBox()->setChecked(true);
    editor.show();
    QApplication::setActiveWindow(&editor);
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    editor.codeEdit()->setFocus();
    REQUIRE(QApplication::focusWidget() == editor.codeEdit());
    QList<QWidget*> order{editor.codeEdit()};
    for (int i = 0; i < 14; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget());
    }
    const QList<QWidget*> expected{editor.codeEdit(), editor.nameEdit(), editor.classBox(),
                                   editor.subtypeBox(), editor.ownerEdit()};
    CHECK(order.mid(0, expected.size()) == expected);
    // The review date follows its "Scheduled" box, and Tab leaves a text box rather than
    // typing a tab into it.
    const int scheduled = int(order.indexOf(editor.reviewScheduledBox()));
    REQUIRE(scheduled > 0);
    CHECK(order.indexOf(editor.nextReviewEdit()) == scheduled + 1);
}

// A register migrated from schema 4 keeps its older entries with snapshots of named members;
// the history tab describes a change the same way in either form.
TEST_CASE("the history tab reads changes of both snapshot forms alike", "[ui][editor][history]")
{
    Asset before = makeAsset(QStringLiteral("INT-PC-001"));
    before.id = 4;
    Asset after = before;
    after.name = QStringLiteral("管理者PC");
    after.confidentiality = 3;
    after.customerData = true;

    HistoryEntry now;
    now.entityType = history::Asset;
    now.action = QStringLiteral("update");
    now.before = AssetSnapshot::toJson(before);
    now.after = AssetSnapshot::toJson(after);
    REQUIRE(now.after->startsWith(u'['));

    // The same entry as schema 4 wrote it: objects of named members, customers' data a boolean.
    const auto named = [](const Asset& a) {
        QJsonObject o = AssetSnapshot::members(AssetSnapshot::toJson(a));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    HistoryEntry old = now;
    old.before = named(before);
    old.after = named(after);
    REQUIRE(old.after->startsWith(u'{'));
    REQUIRE(old.after->contains(QStringLiteral("\"customer_data\":true")));

    const QString text = AssetHistoryPanel::changes(now);
    CHECK(text.contains(QStringLiteral("管理者PC")));
    CHECK(text.contains(QStringLiteral("1 → 3")));
    CHECK_FALSE(text.contains(QStringLiteral("updated_at")));
    CHECK(AssetHistoryPanel::changes(old) == text);
}
