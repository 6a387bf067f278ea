#include "engine/keychainsecretstore.h"
#include "engine/sourcesecrets.h"
#include "engine/workspace.h"

#include <QDir>
#include <QFile>
#include <QMetaObject>
#include <QTemporaryDir>
#include <QTest>

using namespace miq;

namespace {

// A store whose keychain refuses every write, as a locked or absent keychain does.
class RefusingStore : public SecretStore
{
public:
    void read(const QString &, ReadCallback done) override
    {
        QMetaObject::invokeMethod(this, [done] { done(std::optional<QByteArray>()); }, Qt::QueuedConnection);
    }
    void write(const QString &, const QByteArray &, DoneCallback done) override
    {
        QMetaObject::invokeMethod(
            this, [done] { done(Error(QStringLiteral("The system keychain is not available: no backend."))); },
            Qt::QueuedConnection);
    }
    void remove(const QString &, DoneCallback done) override
    {
        QMetaObject::invokeMethod(this, [done] { done({}); }, Qt::QueuedConnection);
    }
    QString description() const override { return QStringLiteral("refusing"); }
    bool isPersistent() const override { return true; }
};

QByteArray allBytes(const QString &dir)
{
    QByteArray bytes;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files)) {
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

} // namespace

// Runs with a real Secret Service (KEYRING in CMake): secrets go to the keychain and nowhere else.
class tst_SourceSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsLiveOnlyInTheKeychain();
    void keychainFailureKeepsSecretsForTheSession();
};

void tst_SourceSecrets::secretsLiveOnlyInTheKeychain()
{
    QTemporaryDir dir;
    const QString secret = QStringLiteral("pw-Zq8#t\u00e9st-%1").arg(QDateTime::currentMSecsSinceEpoch());
    qint64 id = 0;
    QString workspaceId;
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.miq")));
        QVERIFY(ws.ok());
        workspaceId = (*ws)->id();
        SourceRecord pg;
        pg.name = QStringLiteral("Warehouse");
        pg.typeId = QStringLiteral("postgres");
        pg.settings = {{QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("user"), QStringLiteral("ana")}};
        pg.secretKeys = {QStringLiteral("password")};
        id = *(*ws)->addSource(pg);

        KeychainSecretStore store;
        SourceSecrets secrets(&store, workspaceId);
        const Status saved = secrets.saveBlocking(id, {{QStringLiteral("password"), secret}});
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(!secrets.isSessionOnly(id));

        // The workspace file, its WAL and shared memory hold neither form of the secret.
        const QByteArray bytes = allBytes(dir.path());
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
    }
    {
        // A fresh store (as after a restart) reads it back from the keychain.
        KeychainSecretStore store;
        SourceSecrets secrets(&store, workspaceId);
        auto loaded = secrets.loadBlocking(id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->value(QStringLiteral("password")), secret);

        // Another workspace with the same source id does not see it.
        SourceSecrets other(&store, QStringLiteral("another-workspace"));
        QVERIFY(other.loadBlocking(id)->isEmpty());

        QVERIFY(secrets.removeBlocking(id).ok());
        QVERIFY(secrets.loadBlocking(id)->isEmpty());
    }
    QVERIFY(!allBytes(dir.path()).contains(secret.toUtf8()));
}

void tst_SourceSecrets::keychainFailureKeepsSecretsForTheSession()
{
    RefusingStore store;
    SourceSecrets secrets(&store, QStringLiteral("ws"));
    const Status saved = secrets.saveBlocking(7, {{QStringLiteral("password"), QStringLiteral("hunter2")}});
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("session only")), qPrintable(saved.error()));
    QVERIFY(saved.error().contains(QStringLiteral("not available")));
    QVERIFY(!saved.error().contains(QStringLiteral("hunter2")));
    QVERIFY(secrets.isSessionOnly(7));
    QCOMPARE(secrets.loadBlocking(7)->value(QStringLiteral("password")), QStringLiteral("hunter2"));
    QVERIFY(secrets.removeBlocking(7).ok());
    QVERIFY(!secrets.isSessionOnly(7));
    QVERIFY(secrets.loadBlocking(7)->isEmpty());
}

QTEST_GUILESS_MAIN(tst_SourceSecrets)
#include "tst_sourcesecrets.moc"
