#include "services/Register.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace daicho;
using namespace daicho::test;

namespace {

QString pragma(Database& db, const char* name)
{
    auto v = sql::scalar(db.connection(), QStringLiteral("PRAGMA ") + QLatin1String(name));
    REQUIRE(v);
    return v->toString();
}

// Makes a plain SQLite file with Qt's driver, the way another program would.
void makeForeignSqlite(const QString& path, int userVersion, quint32 applicationId)
{
    const QString name = QStringLiteral("foreign-maker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO t VALUES ('keep me')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void requireRefusedUntouched(const QString& path, Error::Kind kind, const QString& mentions)
{
    const QByteArray before = readBytes(path);
    const QStringList sidecarsBefore =
        QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == kind);
    CHECK(db.error().message.contains(mentions, Qt::CaseInsensitive));
    CHECK(db.error().message.contains(QFileInfo(path).fileName()));
    CHECK(readBytes(path) == before);
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden) ==
          sidecarsBefore);
}

} // namespace

TEST_CASE("a new register has the current schema and the connection settings", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.daicho"));
    auto db = Database::create(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Database::currentSchemaVersion());
    CHECK(Database::currentSchemaVersion() >= 1);
    CHECK(pragma(**db, "application_id").toUInt() == Database::ApplicationId);
    CHECK(pragma(**db, "foreign_keys") == QStringLiteral("1"));
    CHECK(pragma(**db, "journal_mode") == QStringLiteral("delete"));
    CHECK(pragma(**db, "synchronous") == QStringLiteral("2")); // FULL
    CHECK(pragma(**db, "busy_timeout").toInt() == Database::BusyTimeoutMs);
}

TEST_CASE("new register files are readable by their owner only", "[storage][security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.daicho"));
    {
        auto reg = Register::create(path, {});
        REQUIRE(reg);
    }
    const auto perms = QFileInfo(path).permissions();
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK(perms.testFlag(QFileDevice::WriteOwner));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(perms.testFlag(QFileDevice::WriteGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::WriteOther));
}

TEST_CASE("create refuses an existing path and leaves it alone", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.daicho"));
    writeBytes(path, "my spreadsheet");
    auto db = Database::create(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("exists")));
    CHECK(readBytes(path) == QByteArray("my spreadsheet"));
}

TEST_CASE("a register re-opens with its data", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reopen.daicho"));
    {
        auto reg = Register::create(
            path, {QStringLiteral("株式会社テスト"), QStringLiteral("東京センター")});
        REQUIRE(reg);
    }
    auto reg = Register::open(path);
    REQUIRE(reg);
    CHECK((*reg)->info().organisation == QStringLiteral("株式会社テスト"));
    CHECK((*reg)->info().scope == QStringLiteral("東京センター"));
    CHECK((*reg)->database().migrationBackupPath().isEmpty()); // nothing to migrate
}

TEST_CASE("files that are not Daicho registers are refused untouched", "[storage][refuse]")
{
    QTemporaryDir dir;
    SECTION("a missing file")
    {
        auto db = Database::open(dir.filePath(QStringLiteral("nothing.daicho")));
        REQUIRE_FALSE(db);
        CHECK(db.error().kind == Error::Kind::Io);
        CHECK(db.error().message.contains(QStringLiteral("no such file")));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.daicho"));
        writeBytes(path, {});
        requireRefusedUntouched(path, Error::Kind::NotARegister, QStringLiteral("empty"));
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("assets.csv"));
        writeBytes(path, "code,name\nA-1,サーバ\n");
        requireRefusedUntouched(path, Error::Kind::NotARegister, QStringLiteral("not an SQLite"));
    }
    SECTION("an SQLite database of another application")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        makeForeignSqlite(path, 3, 0);
        requireRefusedUntouched(path, Error::Kind::NotARegister,
                                QStringLiteral("another application"));
    }
    SECTION("a register from a newer Daicho")
    {
        const QString path = dir.filePath(QStringLiteral("newer.daicho"));
        {
            auto reg = Register::create(path, {});
            REQUIRE(reg);
            QSqlQuery q((*reg)->database().connection());
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1")
                               .arg(Database::currentSchemaVersion() + 1)));
        }
        requireRefusedUntouched(path, Error::Kind::NotARegister, QStringLiteral("newer version"));
    }
    SECTION("a truncated register")
    {
        const QString path = dir.filePath(QStringLiteral("cut.daicho"));
        {
            auto reg = Register::create(path, {});
            REQUIRE(reg);
        }
        QByteArray bytes = readBytes(path);
        REQUIRE(bytes.size() > 8192);
        bytes.truncate(bytes.size() / 2 + 17);
        writeBytes(path, bytes);
        requireRefusedUntouched(path, Error::Kind::NotARegister, QStringLiteral("truncated"));
    }
    SECTION("a damaged header")
    {
        const QString path = dir.filePath(QStringLiteral("garbled.daicho"));
        {
            auto reg = Register::create(path, {});
            REQUIRE(reg);
        }
        QByteArray bytes = readBytes(path);
        bytes[16] = char(0x03); // page size 0x0310: not a power of two
        bytes[17] = char(0x10);
        writeBytes(path, bytes);
        requireRefusedUntouched(path, Error::Kind::NotARegister, QStringLiteral("damaged"));
    }
}

TEST_CASE("save a copy makes a private, consistent, openable file", "[storage]")
{
    QTemporaryDir dir;
    auto reg =
        Register::create(dir.filePath(QStringLiteral("a.daicho")), {QStringLiteral("Org"), {}});
    REQUIRE(reg);
    const QString copy = dir.filePath(QStringLiteral("copy.daicho"));
    REQUIRE((*reg)->database().saveCopyAs(copy));
    CHECK_FALSE(QFileInfo(copy).permissions().testFlag(QFileDevice::ReadOther));
    auto reopened = Register::open(copy);
    REQUIRE(reopened);
    CHECK((*reopened)->info().organisation == QStringLiteral("Org"));
    CHECK((*reopened)->info().uuid == (*reg)->info().uuid);
    SECTION("and never overwrites")
    {
        const auto s = (*reg)->database().saveCopyAs(copy);
        CHECK_FALSE(s);
    }
}
