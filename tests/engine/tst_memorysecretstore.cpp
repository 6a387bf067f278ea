#include "engine/keychainsecretstore.h"
#include "engine/memorysecretstore.h"

#include <QPointer>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace miq;

namespace {

using ReadResult = Result<std::optional<QByteArray>>;

// Collects what a store's callback delivered, and how often.
template<typename R>
struct Answer
{
    std::optional<R> result;
    int calls = 0;

    std::function<void(R)> callback()
    {
        return [this](R r) {
            ++calls;
            result = std::move(r);
        };
    }
};

QByteArray allByteValues()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

// A store that never answers, to check that the blocking helpers give up when it goes away.
class SilentStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, ReadCallback) override {}
    void write(const QString &, const QByteArray &, DoneCallback) override {}
    void remove(const QString &, DoneCallback) override {}
    QString description() const override { return QStringLiteral("silent"); }
    bool isPersistent() const override { return false; }
};

} // namespace

class tst_MemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesItselfAsSessionOnly();
    void roundTrip_data();
    void roundTrip();
    void overwriteReplacesTheSecret();
    void removeForgetsTheSecret();
    void readOfMissingEntryIsNoEntry();
    void removeOfMissingEntrySucceeds();
    void callbacksAreAsynchronous();
    void callbacksRunInCallOrder();
    void destroyedStoreDropsPendingCallbacks();
    void callbackMayDestroyTheStore();
    void blockingHelpers();
    void blockingHelperGivesUpWhenStoreIsDestroyed();
    void createDefaultFollowsEnvironment();
};

void tst_MemorySecretStore::describesItselfAsSessionOnly()
{
    MemorySecretStore store;
    QCOMPARE(store.description(), QStringLiteral("this session only"));
    QVERIFY(!store.isPersistent());
}

void tst_MemorySecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("ascii password") << QStringLiteral("source/1/password")
                                    << QByteArrayLiteral("correct horse battery staple");
    QTest::newRow("unicode key and secret")
            << QStringLiteral("source/Zürich/token")
            << QStringLiteral("pässwörd 秘密 🔑").toUtf8();
    QTest::newRow("binary with NUL bytes")
            << QStringLiteral("source/2/key") << QByteArray("\0a\0b\0", 5);
    QTest::newRow("every byte value") << QStringLiteral("source/3/key") << allByteValues();
    QTest::newRow("empty secret") << QStringLiteral("source/4/password") << QByteArray();
    QTest::newRow("large secret") << QStringLiteral("source/5/private-key")
                                  << allByteValues().repeated(256);
}

void tst_MemorySecretStore::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, secret);

    MemorySecretStore store;
    Answer<Status> written;
    store.write(key, secret, written.callback());
    QTRY_VERIFY(written.result);
    QVERIFY2(written.result->ok(), qPrintable(written.result->error()));

    Answer<ReadResult> read;
    store.read(key, read.callback());
    QTRY_VERIFY(read.result);
    QVERIFY2(read.result->ok(), qPrintable(read.result->error()));
    QVERIFY(read.result->value().has_value());
    // Compared without QCOMPARE so that a failure does not print the secret.
    QVERIFY2(*read.result->value() == secret, "the secret read back differs from the one written");
    QCOMPARE(read.result->value()->size(), secret.size());
}

void tst_MemorySecretStore::overwriteReplacesTheSecret()
{
    MemorySecretStore store;
    Answer<Status> first;
    Answer<Status> second;
    store.write(QStringLiteral("k"), QByteArrayLiteral("old"), first.callback());
    store.write(QStringLiteral("k"), QByteArrayLiteral("new"), second.callback());
    QTRY_VERIFY(second.result);
    QVERIFY(first.result && first.result->ok() && second.result->ok());

    Answer<ReadResult> read;
    store.read(QStringLiteral("k"), read.callback());
    QTRY_VERIFY(read.result);
    QVERIFY(read.result->ok() && read.result->value());
    QVERIFY(*read.result->value() == QByteArrayLiteral("new"));
}

void tst_MemorySecretStore::removeForgetsTheSecret()
{
    MemorySecretStore store;
    QVERIFY(store.writeBlocking(QStringLiteral("k"), QByteArrayLiteral("s")).ok());

    Answer<Status> removed;
    store.remove(QStringLiteral("k"), removed.callback());
    QTRY_VERIFY(removed.result);
    QVERIFY2(removed.result->ok(), qPrintable(removed.result->error()));

    Answer<ReadResult> read;
    store.read(QStringLiteral("k"), read.callback());
    QTRY_VERIFY(read.result);
    QVERIFY(read.result->ok());
    QVERIFY(!read.result->value().has_value());
}

void tst_MemorySecretStore::readOfMissingEntryIsNoEntry()
{
    MemorySecretStore store;
    Answer<ReadResult> read;
    store.read(QStringLiteral("never-written"), read.callback());
    QTRY_VERIFY(read.result);
    QVERIFY2(read.result->ok(), "a missing entry must not be an error");
    QVERIFY(!read.result->value().has_value());
}

void tst_MemorySecretStore::removeOfMissingEntrySucceeds()
{
    MemorySecretStore store;
    Answer<Status> removed;
    store.remove(QStringLiteral("never-written"), removed.callback());
    QTRY_VERIFY(removed.result);
    QVERIFY(removed.result->ok());
}

void tst_MemorySecretStore::callbacksAreAsynchronous()
{
    MemorySecretStore store;
    Answer<Status> written;
    Answer<ReadResult> read;
    Answer<Status> removed;

    store.write(QStringLiteral("k"), QByteArrayLiteral("s"), written.callback());
    QCOMPARE(written.calls, 0);
    store.read(QStringLiteral("k"), read.callback());
    QCOMPARE(read.calls, 0);
    store.remove(QStringLiteral("k"), removed.callback());
    QCOMPARE(removed.calls, 0);

    QTRY_COMPARE(removed.calls, 1);
    QCOMPARE(written.calls, 1);
    QCOMPARE(read.calls, 1);
}

void tst_MemorySecretStore::callbacksRunInCallOrder()
{
    MemorySecretStore store;
    QStringList order;
    std::optional<QByteArray> readBeforeRemove;
    std::optional<QByteArray> readAfterRemove;

    store.write(QStringLiteral("k"), QByteArrayLiteral("s"), [&](Status) { order << QStringLiteral("write"); });
    store.read(QStringLiteral("k"), [&](ReadResult r) {
        order << QStringLiteral("read");
        readBeforeRemove = r.value();
    });
    store.remove(QStringLiteral("k"), [&](Status) { order << QStringLiteral("remove"); });
    store.read(QStringLiteral("k"), [&](ReadResult r) {
        order << QStringLiteral("read");
        readAfterRemove = r.value();
        if (!readAfterRemove)
            readAfterRemove = QByteArrayLiteral("<none>");
    });

    QTRY_COMPARE(order.size(), 4);
    QCOMPARE(order, (QStringList{QStringLiteral("write"), QStringLiteral("read"),
                                 QStringLiteral("remove"), QStringLiteral("read")}));
    QVERIFY(readBeforeRemove == QByteArrayLiteral("s"));
    QVERIFY(readAfterRemove == QByteArrayLiteral("<none>"));
}

void tst_MemorySecretStore::destroyedStoreDropsPendingCallbacks()
{
    auto *store = new MemorySecretStore;
    Answer<ReadResult> read;
    Answer<Status> written;
    store->write(QStringLiteral("k"), QByteArrayLiteral("s"), written.callback());
    store->read(QStringLiteral("k"), read.callback());
    delete store;

    // The callbacks were queued as posted events; delivering everything that is posted now is
    // deterministic, no waiting needed.
    QCoreApplication::sendPostedEvents();
    QCOMPARE(written.calls, 0);
    QCOMPARE(read.calls, 0);
}

void tst_MemorySecretStore::callbackMayDestroyTheStore()
{
    // A one-shot store owned by whoever asked is commonly deleted in its own callback.
    auto *store = new MemorySecretStore;
    QPointer<MemorySecretStore> guard = store;
    int calls = 0;
    store->read(QStringLiteral("k"), [&](ReadResult) {
        ++calls;
        delete store;
    });
    QTRY_COMPARE(calls, 1);
    QVERIFY(guard.isNull());
}

void tst_MemorySecretStore::blockingHelpers()
{
    MemorySecretStore store;
    const QByteArray secret("\0blocking\0", 10);

    const Status written = store.writeBlocking(QStringLiteral("k"), secret);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const ReadResult read = store.readBlocking(QStringLiteral("k"));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(read.value() && *read.value() == secret);

    const Status removed = store.removeBlocking(QStringLiteral("k"));
    QVERIFY2(removed.ok(), qPrintable(removed.error()));

    const ReadResult gone = store.readBlocking(QStringLiteral("k"));
    QVERIFY(gone.ok());
    QVERIFY(!gone.value().has_value());
}

void tst_MemorySecretStore::blockingHelperGivesUpWhenStoreIsDestroyed()
{
    QPointer<SecretStore> store = new SilentStore;
    // Destroyed from inside readBlocking's event loop; without the guard it would wait forever.
    QTimer::singleShot(0, store, [store] { store->deleteLater(); });
    const ReadResult read = store->readBlocking(QStringLiteral("k"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error(), QStringLiteral("The secret store was closed before it answered."));
    QVERIFY(store.isNull());
}

void tst_MemorySecretStore::createDefaultFollowsEnvironment()
{
    const QByteArray saved = qgetenv("MIQ_SECRET_STORE");
    const bool wasSet = qEnvironmentVariableIsSet("MIQ_SECRET_STORE");
    auto restore = qScopeGuard([&] {
        if (wasSet)
            qputenv("MIQ_SECRET_STORE", saved);
        else
            qunsetenv("MIQ_SECRET_STORE");
    });

    qputenv("MIQ_SECRET_STORE", "memory");
    QObject parent;
    std::unique_ptr<SecretStore> memory = SecretStore::createDefault(&parent);
    QVERIFY(qobject_cast<MemorySecretStore *>(memory.get()));
    QCOMPARE(memory->parent(), &parent);
    QVERIFY(!memory->isPersistent());
    memory.reset();

    // Only constructed, never called: a keychain store touches the keychain only when asked.
    qunsetenv("MIQ_SECRET_STORE");
    std::unique_ptr<SecretStore> keychain = SecretStore::createDefault();
    QVERIFY(qobject_cast<KeychainSecretStore *>(keychain.get()));
    QVERIFY(keychain->isPersistent());
    QCOMPARE(keychain->description(), QStringLiteral("system keychain"));
}

QTEST_GUILESS_MAIN(tst_MemorySecretStore)
#include "tst_memorysecretstore.moc"
