#include "engine/profile/profilestore.h"

#include "profilefixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace miq;

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void savesAndLoadsOneProfile();
    void historyIsPerStreamNewestFirst();
    void filesWithoutSourceHaveTheirOwnHistory();
    void profilesGoWithTheirSource();
    void removeAndMissingIds();
    void refusesSubjectsThatNameNothing();
    void passwordsInUrlsAreMasked_data();
    void passwordsInUrlsAreMasked();
    void workerThreadOpensItsOwnConnection();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProfileStore> m_store;
    qint64 m_customers = 0;
    qint64 m_orders = 0;
};

void tst_ProfileStore::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.miq").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    auto ws = Workspace::open(m_path);
    QVERIFY2(ws.ok(), qPrintable(ws.error()));
    m_workspace = std::move(*ws);
    SourceRecord s;
    s.typeId = QStringLiteral("csv");
    s.name = QStringLiteral("Customers");
    m_customers = *m_workspace->addSource(s);
    s.name = QStringLiteral("Orders");
    m_orders = *m_workspace->addSource(s);
    m_store = std::make_unique<ProfileStore>(m_workspace.get());
}

void tst_ProfileStore::cleanup()
{
    m_store.reset();
    m_workspace.reset();
}

void tst_ProfileStore::savesAndLoadsOneProfile()
{
    const DatasetProfile profile = testing::sampleProfile();
    const ProfileSubject subject{m_customers, QString(), profile.stream};
    const auto id = m_store->save(subject, profile);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(*id > 0);

    const auto record = m_store->record(*id);
    QVERIFY2(record.ok(), qPrintable(record.error()));
    QCOMPARE(record->subject.sourceId, m_customers);
    QCOMPARE(record->subject.stream, QStringLiteral("customers.csv"));
    QCOMPARE(record->profiledAt, profile.profiledAt);
    QCOMPARE(record->rows, 1000);
    QCOMPARE(record->columns, 3);
    QCOMPARE(record->alerts, profile.alerts.size());
    QCOMPARE(*record->quality, 97.5);
    QCOMPARE(record->sampled, false);
    QCOMPARE(record->seconds, 0.75);

    const auto loaded = m_store->load(*id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->rows, profile.rows);
    QCOMPARE(loaded->columns.size(), 3);
    QCOMPARE(loaded->columns[1].topValues[0].value, QStringLiteral("ann@example.com"));
    QCOMPARE(loaded->columns[0].quantiles, profile.columns[0].quantiles);
    QCOMPARE(loaded->profiledAt, profile.profiledAt);
}

void tst_ProfileStore::historyIsPerStreamNewestFirst()
{
    DatasetProfile p = testing::sampleProfile();
    const ProfileSubject customers{m_customers, QString(), p.stream};
    QList<qint64> ids;
    for (int day = 1; day <= 3; ++day) {
        p.profiledAt = QDateTime(QDate(2026, 1, day), QTime(12, 0), QTimeZone::utc());
        p.rows = day * 100;
        ids << *m_store->save(customers, p);
    }
    // Same source, another stream; another source, same stream name.
    QVERIFY(m_store->save({m_customers, QString(), QStringLiteral("other.csv")}, p).ok());
    QVERIFY(m_store->save({m_orders, QString(), p.stream}, p).ok());

    const auto history = m_store->history(customers);
    QVERIFY2(history.ok(), qPrintable(history.error()));
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).id, ids[2]);
    QCOMPARE(history->at(0).rows, 300);
    QCOMPARE(history->at(2).id, ids[0]);
    QCOMPARE(m_store->history(customers, 2)->size(), 2);
    QCOMPARE(m_store->history({m_orders, QString(), p.stream})->size(), 1);
    QCOMPARE(m_store->history({m_orders, QString(), QStringLiteral("nothing")})->size(), 0);
}

void tst_ProfileStore::filesWithoutSourceHaveTheirOwnHistory()
{
    const DatasetProfile p = testing::sampleProfile();
    const ProfileSubject file{0, QStringLiteral("/data/customers.csv"), p.stream};
    QVERIFY(m_store->save(file, p).ok());
    QVERIFY(m_store->save(file, p).ok());
    QVERIFY(m_store->save({0, QStringLiteral("/elsewhere/customers.csv"), p.stream}, p).ok());
    QCOMPARE(m_store->history(file)->size(), 2);
    QCOMPARE(m_store->history(file)->first().subject.filePath, QStringLiteral("/data/customers.csv"));
    QCOMPARE(m_store->history({m_customers, QString(), p.stream})->size(), 0);
}

void tst_ProfileStore::profilesGoWithTheirSource()
{
    const DatasetProfile p = testing::sampleProfile();
    const auto id = m_store->save({m_customers, QString(), p.stream}, p);
    QVERIFY(id.ok());
    QVERIFY(m_store->save({m_orders, QString(), p.stream}, p).ok());
    QVERIFY(m_workspace->removeSource(m_customers).ok());
    QVERIFY(!m_store->load(*id).ok());
    QCOMPARE(m_store->history({m_orders, QString(), p.stream})->size(), 1);

    const auto gone = m_store->save({m_customers, QString(), p.stream}, p);
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().contains(QLatin1String("no longer exists")), qPrintable(gone.error()));
}

void tst_ProfileStore::removeAndMissingIds()
{
    const DatasetProfile p = testing::sampleProfile();
    const auto id = m_store->save({m_customers, QString(), p.stream}, p);
    QVERIFY(m_store->remove(*id).ok());
    QCOMPARE(m_store->history({m_customers, QString(), p.stream})->size(), 0);
    const Status again = m_store->remove(*id);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("#%1").arg(*id)), qPrintable(again.error()));
    const auto missing = m_store->load(4242);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QLatin1String("#4242")), qPrintable(missing.error()));
}

void tst_ProfileStore::refusesSubjectsThatNameNothing()
{
    const auto id = m_store->save({0, QString(), QStringLiteral("t")}, testing::sampleProfile());
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(QLatin1String("neither")), qPrintable(id.error()));
}

void tst_ProfileStore::passwordsInUrlsAreMasked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("postgres url") << QStringLiteral("postgres://ann:s3cr3t@db.local:5432/shop")
                                  << QStringLiteral("postgres://ann:***@db.local:5432/shop");
    QTest::newRow("no password") << QStringLiteral("https://ann@example.com/x")
                                 << QStringLiteral("https://ann@example.com/x");
    QTest::newRow("plain path") << QStringLiteral("/data/a:b@c.csv") << QStringLiteral("/data/a:b@c.csv");
    QTest::newRow("inside text") << QStringLiteral("from s3://KEY:SECRET@bucket/x.csv")
                                 << QStringLiteral("from s3://KEY:***@bucket/x.csv");
}

void tst_ProfileStore::passwordsInUrlsAreMasked()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(ProfileStore::maskUrlPasswords(text), masked);
}

void tst_ProfileStore::workerThreadOpensItsOwnConnection()
{
    // The pane loads big profiles on the pool: a second store on another thread, same file.
    const DatasetProfile p = testing::sampleProfile();
    DatasetProfile secret = p;
    secret.sourceName = QStringLiteral("postgres://ann:hunter2@db/shop");
    const auto id = m_store->save({0, QStringLiteral("postgres://ann:hunter2@db/shop"), p.stream}, secret);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const QString path = m_path;
    const qint64 profileId = *id;
    std::optional<Result<DatasetProfile>> result;
    std::thread worker([&result, path, profileId] {
        auto store = ProfileStore::open(path);
        if (!store)
            result = Result<DatasetProfile>(Error(store.error()));
        else
            result = (*store)->load(profileId);
    });
    worker.join();
    const Result<DatasetProfile> loaded = *result;
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->sourceName, QStringLiteral("postgres://ann:***@db/shop"));
    QCOMPARE(m_store->record(profileId)->subject.filePath, QStringLiteral("postgres://ann:***@db/shop"));

    // And the password reached the workspace file nowhere (WAL included).
    m_store.reset();
    m_workspace.reset();
    for (const QString &file : {path, QString(path + QStringLiteral("-wal"))}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains("hunter2"), qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
