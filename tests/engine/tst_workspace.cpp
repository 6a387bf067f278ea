#include "engine/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace miq;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on a file through a separate connection, as another program would.
void execOn(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

SourceRecord csvSource(const QString &name, const QString &path = QStringLiteral("/data/a.csv"))
{
    SourceRecord s;
    s.name = name;
    s.typeId = QStringLiteral("csv");
    s.settings.insert(QStringLiteral("path"), path);
    return s;
}

} // namespace

class tst_Workspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsNewWorkspace();
    void sourcesRoundTrip();
    void duplicateNamesRejected();
    void uniqueSourceName();
    void statusIsRecordedAndResetByEdit();
    void auditLogRecordsChanges();
    void migratesFromVersion1();
    void migratesFromVersion3AddsProfiles();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesLockedWorkspace();
    void mustExistMode();
};

void tst_Workspace::createsNewWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.miq"));
    auto ws = Workspace::open(path);
    QVERIFY2(ws.ok(), qPrintable(ws.error()));
    QCOMPARE((*ws)->schemaVersion(), Workspace::CurrentSchemaVersion);
    QVERIFY(!(*ws)->id().isEmpty());
    QVERIFY(QFile::exists(path));

    const QString id = (*ws)->id();
    ws.value().reset();
    auto again = Workspace::open(path);
    QVERIFY(again.ok());
    QCOMPARE((*again)->id(), id); // identity is stable: it keys the secrets

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), Workspace::ApplicationId);
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void tst_Workspace::sourcesRoundTrip()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.miq")));
    QVERIFY(ws.ok());
    SourceRecord pg;
    pg.name = QStringLiteral("Sales DB");
    pg.typeId = QStringLiteral("postgres");
    pg.settings = {{QStringLiteral("host"), QStringLiteral("db.local")}, {QStringLiteral("port"), 5433}};
    pg.secretKeys = {QStringLiteral("password")};
    auto id = (*ws)->addSource(pg);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    auto id2 = (*ws)->addSource(csvSource(QStringLiteral("alpha")));
    QVERIFY2(id2.ok(), qPrintable(id2.error()));

    auto all = (*ws)->sources();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("alpha")); // ordered by name, case-insensitively
    const SourceRecord read = all->at(1);
    QCOMPARE(read.id, *id);
    QCOMPARE(read.typeId, QStringLiteral("postgres"));
    QCOMPARE(read.settings.value(QStringLiteral("host")).toString(), QStringLiteral("db.local"));
    QCOMPARE(read.settings.value(QStringLiteral("port")).toInt(), 5433);
    QCOMPARE(read.secretKeys, QStringList{QStringLiteral("password")});
    QCOMPARE(read.status, SourceRecord::Status::Untested);
    QVERIFY(read.createdAt.isValid());

    SourceRecord edited = read;
    edited.name = QStringLiteral("Sales warehouse");
    edited.settings[QStringLiteral("host")] = QStringLiteral("wh.local");
    QVERIFY((*ws)->updateSource(edited).ok());
    QCOMPARE((*ws)->source(*id)->settings.value(QStringLiteral("host")).toString(), QStringLiteral("wh.local"));
    QCOMPARE((*ws)->sourceByName(QStringLiteral("sales WAREHOUSE"))->id, *id);

    QVERIFY((*ws)->removeSource(*id).ok());
    QVERIFY(!(*ws)->source(*id).ok());
    QVERIFY((*ws)->source(*id).error().contains(QString::number(*id)));
    QVERIFY(!(*ws)->removeSource(*id).ok());
}

void tst_Workspace::duplicateNamesRejected()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.miq")));
    QVERIFY((*ws)->addSource(csvSource(QStringLiteral("Orders"))).ok());
    auto again = (*ws)->addSource(csvSource(QStringLiteral("orders")));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("orders")), qPrintable(again.error()));
    QVERIFY(!(*ws)->addSource(csvSource(QStringLiteral("   "))).ok());
}

void tst_Workspace::uniqueSourceName()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.miq")));
    QCOMPARE((*ws)->uniqueSourceName(QStringLiteral("A")), QStringLiteral("A"));
    QVERIFY((*ws)->addSource(csvSource(QStringLiteral("A"))).ok());
    QVERIFY((*ws)->addSource(csvSource(QStringLiteral("A (2)"))).ok());
    QCOMPARE((*ws)->uniqueSourceName(QStringLiteral("A")), QStringLiteral("A (3)"));
}

void tst_Workspace::statusIsRecordedAndResetByEdit()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.miq")));
    const qint64 id = *(*ws)->addSource(csvSource(QStringLiteral("A")));
    QVERIFY((*ws)->setSourceStatus(id, SourceRecord::Status::Failing, QStringLiteral("file missing")).ok());
    auto s = (*ws)->source(id);
    QCOMPARE(s->status, SourceRecord::Status::Failing);
    QCOMPARE(s->statusMessage, QStringLiteral("file missing"));
    QVERIFY(s->checkedAt.isValid());
    QVERIFY((*ws)->updateSource(*s).ok());
    QCOMPARE((*ws)->source(id)->status, SourceRecord::Status::Untested);
}

void tst_Workspace::auditLogRecordsChanges()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.miq")));
    const qint64 id = *(*ws)->addSource(csvSource(QStringLiteral("A")));
    SourceRecord s = *(*ws)->source(id);
    s.name = QStringLiteral("B");
    QVERIFY((*ws)->updateSource(s).ok());
    QVERIFY((*ws)->removeSource(id).ok());
    auto log = (*ws)->auditLog();
    QVERIFY(log.ok());
    QStringList actions;
    for (const AuditEntry &e : *log)
        actions.prepend(e.action);
    QCOMPARE(actions, (QStringList{QStringLiteral("workspace.create"), QStringLiteral("source.add"),
                                   QStringLiteral("source.update"), QStringLiteral("source.remove")}));
    QVERIFY(log->first().object.contains(QStringLiteral("'B'")));
    QVERIFY(!log->first().user.isEmpty());
    QVERIFY(log->first().at.isValid());
    QVERIFY(log->at(2).details.contains(QStringLiteral("/data/a.csv")));
}

void tst_Workspace::migratesFromVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.miq"));
    QVERIFY(Workspace::createAtVersion(path, 1).ok());
    execOn(path, {QStringLiteral("INSERT INTO sources(name, type, settings, created_at, updated_at) VALUES "
                                 "('Legacy', 'csv', '{\"path\":\"/x.csv\"}', '2026-01-01T00:00:00.000Z', "
                                 "'2026-01-01T00:00:00.000Z')")});
    auto ws = Workspace::open(path);
    QVERIFY2(ws.ok(), qPrintable(ws.error()));
    QCOMPARE((*ws)->schemaVersion(), Workspace::CurrentSchemaVersion);
    auto legacy = (*ws)->sourceByName(QStringLiteral("Legacy"));
    QVERIFY(legacy.ok());
    QCOMPARE(legacy->settings.value(QStringLiteral("path")).toString(), QStringLiteral("/x.csv"));
    QCOMPARE(legacy->status, SourceRecord::Status::Untested);
    QVERIFY(legacy->secretKeys.isEmpty());
    QCOMPARE((*ws)->auditLog()->first().action, QStringLiteral("workspace.migrate"));
}

void tst_Workspace::migratesFromVersion3AddsProfiles()
{
    // Version 4 adds the profiles table: a profile goes with its source (ON DELETE CASCADE), and
    // one of a file needs the file's path.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.miq"));
    QVERIFY(Workspace::createAtVersion(path, 3).ok());
    execOn(path, {QStringLiteral("INSERT INTO sources(name, type, settings, created_at, updated_at) VALUES "
                                 "('Legacy', 'csv', '{}', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")});
    {
        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), qPrintable(ws.error()));
        QCOMPARE((*ws)->schemaVersion(), 4);
        const QString details = (*ws)->auditLog()->first().details;
        QVERIFY2(details.contains(QLatin1String("\"from\":3")), qPrintable(details));
        const qint64 legacy = (*ws)->sourceByName(QStringLiteral("Legacy"))->id;
        QSqlQuery q(QSqlDatabase::database((*ws)->connectionName()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO profiles(source_id, stream, profiled_at, json) "
                                      "VALUES (%1, 'a.csv', '2026-01-02T00:00:00.000Z', '{}')")
                           .arg(legacy)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO profiles(source_path, stream, profiled_at, json) "
                                      "VALUES ('/data/b.csv', 'b.csv', '2026-01-02T00:00:00.000Z', '{}')")));
        // Neither a source nor a file: refused.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO profiles(stream, profiled_at, json) "
                                       "VALUES ('c', '2026-01-02T00:00:00.000Z', '{}')")));
        QVERIFY((*ws)->removeSource(legacy).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(source_path) FROM profiles")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("/data/b.csv"));
    }
}

void tst_Workspace::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("garbage") << "garbage" << "not a MigrateIQ workspace";
    QTest::newRow("corrupt pages") << "corrupt" << "corrupt";
    QTest::newRow("newer version") << "newer" << "newer version";
    QTest::newRow("foreign database") << "foreign" << "not a MigrateIQ workspace";
    QTest::newRow("read-only") << "readonly" << "read-only";
    QTest::newRow("folder") << "folder" << "folder";
}

void tst_Workspace::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bad.miq"));
    if (kind == QLatin1String("garbage")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("foreign")) {
        execOn(path, {QStringLiteral("CREATE TABLE t(a)")});
    } else {
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws.ok());
            for (int i = 0; i < 200; ++i)
                QVERIFY((*ws)->addSource(csvSource(QStringLiteral("s%1").arg(i), QString(200, QLatin1Char('p')))).ok());
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        if (kind == QLatin1String("newer")) {
            execOn(path, {QStringLiteral("PRAGMA user_version = 99")});
        } else if (kind == QLatin1String("readonly")) {
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        } else if (kind == QLatin1String("corrupt")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8192);
            f.seek(4096); // page 2 onwards: the header stays valid, the b-trees do not
            f.write(QByteArray(f.size() - 4096, '\x5a'));
        }
    }
    const QByteArray before = fileHash(path);
    auto ws = Workspace::open(path);
    QVERIFY(!ws.ok());
    QVERIFY2(ws.error().contains(expected), qPrintable(ws.error()));
    QVERIFY2(ws.error().contains(path), qPrintable(ws.error()));
    QCOMPARE(fileHash(path), before); // changes nothing
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

void tst_Workspace::refusesLockedWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.miq"));
    QVERIFY(Workspace::open(path).ok());
    const QString name = QStringLiteral("locker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('lock', 'x')")));
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().contains(QStringLiteral("locked")), qPrintable(ws.error()));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(Workspace::open(path).ok());
}

void tst_Workspace::mustExistMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.miq"));
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    QVERIFY(!ws.ok());
    QVERIFY(ws.error().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(path));
    auto nested = Workspace::open(dir.filePath(QStringLiteral("no/such/dir/w.miq")));
    QVERIFY(!nested.ok());
    QVERIFY2(nested.error().contains(QStringLiteral("does not exist")), qPrintable(nested.error()));
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
