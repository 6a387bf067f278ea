// KeychainSecretStore against a real Secret Service: a private, unlocked gnome-keyring started by
// tools/with-keyring.sh in a private D-Bus session (miq_add_test(... KEYRING ...)).
// Secrets are never printed: values are compared with QVERIFY2, not QCOMPARE, and the helper
// process hands them over as hex through a pipe.

#include "engine/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>
#include <optional>

using namespace miq;
using namespace std::chrono_literals;

namespace {

using ReadResult = Result<std::optional<QByteArray>>;

// Longer than the store's own timeout, so a callback always arrives before QTRY gives up.
constexpr int answerWaitMs = 20000;

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

// One run of secret_helper (tests/engine/secret_helper.cpp).
struct HelperRun
{
    bool finished = false;
    int exitCode = -1;
    QString value; // hex after "value ", for reads
    QStringList stdoutLines;
    QString stderrText;
    int callbacks = -1;
    qint64 elapsedMs = 0;
};

HelperRun runHelper(const QStringList &arguments,
                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    HelperRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(MIQ_SECRET_HELPER), arguments);
    run.finished = process.waitForFinished(60000);
    run.elapsedMs = clock.elapsed();
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stdoutLines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'),
                                                                               Qt::SkipEmptyParts);
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    for (const QString &line : std::as_const(run.stdoutLines)) {
        if (line.startsWith(QLatin1String("value ")))
            run.value = line.mid(6);
        else if (line.startsWith(QLatin1String("callbacks ")))
            run.callbacks = line.mid(10).toInt();
    }
    return run;
}

// The store's message without QtKeychain's debug lines, which go to the same stderr.
bool stderrHas(const HelperRun &run, const QString &text)
{
    return run.stderrText.contains(text);
}

} // namespace

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void describesItselfAsSystemKeychain();
    void roundTrip_data();
    void roundTrip();
    void visibleToSecretTool();
    void readsWhatAnotherProcessWrote();
    void overwriteReplacesTheSecret();
    void readOfMissingEntryIsNoEntry();
    void removeOfMissingEntrySucceeds();
    void blockingHelpers();
    void blockingCallInsideCallback();
    void timeoutAnswersOnceAndIgnoresLateAnswer_data();
    void timeoutAnswersOnceAndIgnoresLateAnswer();
    void destroyedStoreDropsPendingCallbacks();
    void callbackMayDestroyTheStore_data();
    void callbackMayDestroyTheStore();
    void silentKeychainTimesOut();
    void missingKeychainIsReportedQuickly();
    void errorMessages_data();
    void errorMessages();
    void timeoutMessages_data();
    void timeoutMessages();

private:
    ReadResult readNow(SecretStore &store, const QString &key);
    Status writeNow(SecretStore &store, const QString &key, const QByteArray &secret);
    Status removeNow(SecretStore &store, const QString &key);
};

ReadResult tst_KeychainSecretStore::readNow(SecretStore &store, const QString &key)
{
    Answer<ReadResult> answer;
    store.read(key, answer.callback());
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.result, answerWaitMs); }();
    if (!answer.result)
        return Error(QStringLiteral("no answer"));
    return *answer.result;
}

Status tst_KeychainSecretStore::writeNow(SecretStore &store, const QString &key,
                                         const QByteArray &secret)
{
    Answer<Status> answer;
    store.write(key, secret, answer.callback());
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.result, answerWaitMs); }();
    if (!answer.result)
        return Error(QStringLiteral("no answer"));
    return *answer.result;
}

Status tst_KeychainSecretStore::removeNow(SecretStore &store, const QString &key)
{
    Answer<Status> answer;
    store.remove(key, answer.callback());
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.result, answerWaitMs); }();
    if (!answer.result)
        return Error(QStringLiteral("no answer"));
    return *answer.result;
}

void tst_KeychainSecretStore::initTestCase()
{
    // Run by hand outside the wrapper, this test would write into the user's own keychain, which
    // may be locked and open a password prompt that nobody answers.
    if (qEnvironmentVariable("MIQ_PRIVATE_KEYRING") != QLatin1String("1"))
        QFAIL("Run this test through ctest: it needs the private keyring of tools/with-keyring.sh "
              "(dbus-run-session -- sh tools/with-keyring.sh <test>).");
    QVERIFY2(QFileInfo::exists(QStringLiteral(MIQ_SECRET_HELPER)), MIQ_SECRET_HELPER);
}

void tst_KeychainSecretStore::describesItselfAsSystemKeychain()
{
    KeychainSecretStore store;
    QCOMPARE(store.description(), QStringLiteral("system keychain"));
    QVERIFY(store.isPersistent());
    QCOMPARE(store.timeout().count(), 15000);
    QCOMPARE(KeychainSecretStore::serviceName(), QStringLiteral("MigrateIQ"));
}

void tst_KeychainSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("ascii password") << QStringLiteral("tst/source/1/password")
                                    << QByteArrayLiteral("correct horse battery staple");
    QTest::newRow("unicode key and secret")
            << QStringLiteral("tst/source/Zürich Σ/token")
            << QStringLiteral("pässwörd 秘密 🔑").toUtf8();
    QTest::newRow("binary with NUL bytes")
            << QStringLiteral("tst/source/2/key") << QByteArray("\0a\0b\0", 5);
    QTest::newRow("every byte value") << QStringLiteral("tst/source/3/key") << allByteValues();
    QTest::newRow("empty secret") << QStringLiteral("tst/source/4/password") << QByteArray();
    QTest::newRow("large secret") << QStringLiteral("tst/source/5/private-key")
                                  << allByteValues().repeated(64);
}

void tst_KeychainSecretStore::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, secret);
    KeychainSecretStore store;

    const Status written = writeNow(store, key, secret);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const ReadResult read = readNow(store, key);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY2(read.value().has_value(), "the secret just written was not found");
    QVERIFY2(*read.value() == secret, "the secret read back differs from the one written");

    // A second process reads it from the keychain itself.
    const HelperRun other = runHelper({QStringLiteral("read"), key});
    QVERIFY(other.finished);
    QVERIFY2(other.exitCode == 0, qPrintable(other.stderrText));
    QVERIFY2(other.value == QString::fromLatin1(secret.toHex()),
             "the second process read a different secret");
    QCOMPARE(other.callbacks, 1);

    const Status removed = removeNow(store, key);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));

    const ReadResult gone = readNow(store, key);
    QVERIFY2(gone.ok(), qPrintable(gone.error()));
    QVERIFY2(!gone.value().has_value(), "the secret is still there after remove");

    const HelperRun otherGone = runHelper({QStringLiteral("read"), key});
    QVERIFY(otherGone.finished);
    QCOMPARE(otherGone.exitCode, 3);
    QVERIFY(otherGone.stdoutLines.contains(QStringLiteral("none")));
}

void tst_KeychainSecretStore::visibleToSecretTool()
{
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QSKIP("secret-tool is not installed (package libsecret-tools)");

    KeychainSecretStore store;
    const QString key = QStringLiteral("tst/secret-tool/ключ");
    const QByteArray secret = QByteArray("\0\x01tool-check\xff", 13);
    const Status written = writeNow(store, key, secret);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    // QtKeychain's schema: server = service name, user = key; binary data is stored as base64.
    QProcess lookup;
    lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"),
                              KeychainSecretStore::serviceName(), QStringLiteral("user"), key});
    QVERIFY(lookup.waitForFinished(30000));
    QCOMPARE(lookup.exitCode(), 0);
    QVERIFY2(lookup.readAllStandardOutput().trimmed() == secret.toBase64(),
             "secret-tool found a different secret");

    QVERIFY(removeNow(store, key).ok());
    lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"),
                              KeychainSecretStore::serviceName(), QStringLiteral("user"), key});
    QVERIFY(lookup.waitForFinished(30000));
    QVERIFY2(lookup.exitCode() != 0, "secret-tool still finds the removed secret");
    QVERIFY(lookup.readAllStandardOutput().isEmpty());
}

void tst_KeychainSecretStore::readsWhatAnotherProcessWrote()
{
    const QString key = QStringLiteral("tst/written-elsewhere");
    const QByteArray secret = QStringLiteral("from the helper ✓").toUtf8() + QByteArray(1, '\0');

    const HelperRun writer = runHelper({QStringLiteral("write"), key,
                                        QString::fromLatin1(secret.toHex())});
    QVERIFY(writer.finished);
    QVERIFY2(writer.exitCode == 0, qPrintable(writer.stderrText));

    KeychainSecretStore store;
    const ReadResult read = readNow(store, key);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(read.value().has_value());
    QVERIFY2(*read.value() == secret, "read a different secret than the other process wrote");

    const HelperRun remover = runHelper({QStringLiteral("remove"), key});
    QVERIFY(remover.finished);
    QVERIFY2(remover.exitCode == 0, qPrintable(remover.stderrText));
    const ReadResult gone = readNow(store, key);
    QVERIFY(gone.ok());
    QVERIFY(!gone.value().has_value());
}

void tst_KeychainSecretStore::overwriteReplacesTheSecret()
{
    KeychainSecretStore store;
    const QString key = QStringLiteral("tst/overwrite");
    QVERIFY(writeNow(store, key, QByteArrayLiteral("old secret")).ok());
    QVERIFY(writeNow(store, key, QByteArrayLiteral("new")).ok());

    const ReadResult read = readNow(store, key);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(read.value().has_value());
    QVERIFY2(*read.value() == QByteArrayLiteral("new"), "overwrite kept the old secret");
    QVERIFY(removeNow(store, key).ok());
}

void tst_KeychainSecretStore::readOfMissingEntryIsNoEntry()
{
    KeychainSecretStore store;
    const ReadResult read = readNow(store, QStringLiteral("tst/never-written"));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(!read.value().has_value());
}

void tst_KeychainSecretStore::removeOfMissingEntrySucceeds()
{
    KeychainSecretStore store;
    const Status removed = removeNow(store, QStringLiteral("tst/never-written"));
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
}

void tst_KeychainSecretStore::blockingHelpers()
{
    // The command-line path: a local event loop instead of callbacks.
    KeychainSecretStore store;
    const QString key = QStringLiteral("tst/blocking");
    const QByteArray secret("blocking\0secret", 15);

    const Status written = store.writeBlocking(key, secret);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const ReadResult read = store.readBlocking(key);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(read.value() && *read.value() == secret);
    const Status removed = store.removeBlocking(key);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    const ReadResult gone = store.readBlocking(key);
    QVERIFY(gone.ok() && !gone.value().has_value());
}

void tst_KeychainSecretStore::blockingCallInsideCallback()
{
    // QtKeychain runs one job at a time and marks a job done only after its finished() signal;
    // a callback delivered from inside that signal and waiting for another job would sit in the
    // queue until the timeout.
    KeychainSecretStore store;
    const QString key = QStringLiteral("tst/nested");
    QVERIFY(writeNow(store, key, QByteArrayLiteral("nested")).ok());

    std::optional<ReadResult> nested;
    store.read(key, [&](ReadResult) { nested = store.readBlocking(key); });
    QTRY_VERIFY_WITH_TIMEOUT(nested, answerWaitMs);
    QVERIFY2(nested->ok(), qPrintable(nested->error()));
    QVERIFY(nested->value() && *nested->value() == QByteArrayLiteral("nested"));
    QVERIFY(removeNow(store, key).ok());
}

void tst_KeychainSecretStore::timeoutAnswersOnceAndIgnoresLateAnswer_data()
{
    QTest::addColumn<KeychainSecretStore::Operation>("operation");
    QTest::newRow("read") << KeychainSecretStore::Operation::Read;
    QTest::newRow("write") << KeychainSecretStore::Operation::Write;
    QTest::newRow("remove") << KeychainSecretStore::Operation::Remove;
}

void tst_KeychainSecretStore::timeoutAnswersOnceAndIgnoresLateAnswer()
{
    QFETCH(KeychainSecretStore::Operation, operation);
    const QString key = QStringLiteral("tst/timeout");
    const QByteArray secret = QByteArrayLiteral("timeout-secret-value");
    KeychainSecretStore normal;
    QVERIFY(writeNow(normal, key, secret).ok());

    // A zero timeout expires before the job has even been sent to the keychain, which still
    // answers later: exactly the late answer that must be ignored.
    KeychainSecretStore impatient(0ms);
    int calls = 0;
    QString message;
    auto onStatus = [&](Status status) {
        ++calls;
        message = status.error();
    };
    switch (operation) {
    case KeychainSecretStore::Operation::Read:
        impatient.read(key, [&](ReadResult result) {
            ++calls;
            message = result.error();
        });
        break;
    case KeychainSecretStore::Operation::Write:
        impatient.write(key, secret, onStatus);
        break;
    case KeychainSecretStore::Operation::Remove:
        impatient.remove(key, onStatus);
        break;
    }
    QCOMPARE(calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, answerWaitMs);
    QCOMPARE(message, KeychainSecretStore::timeoutMessage(operation, key, 0ms));
    QVERIFY(message.contains(QStringLiteral("The system keychain did not answer within 0 ms (it "
                                            "may be locked or waiting for a password prompt).")));
    QVERIFY(message.contains(key));
    QVERIFY(!message.contains(QString::fromLatin1(secret)));

    // QtKeychain runs one job at a time, so once this read is answered the timed-out job has
    // answered too, and its answer was ignored.
    (void)readNow(normal, key);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(calls, 1);

    QVERIFY(removeNow(normal, key).ok());
}

void tst_KeychainSecretStore::destroyedStoreDropsPendingCallbacks()
{
    const QString key = QStringLiteral("tst/orphaned-write");
    const QByteArray secret = QByteArrayLiteral("written by a store that is gone");
    int calls = 0;
    {
        KeychainSecretStore doomed;
        doomed.write(key, secret, [&calls](Status) { ++calls; });
        doomed.read(key, [&calls](ReadResult) { ++calls; });
    }

    // The jobs outlive their store and still run; their answers must go nowhere, without a crash.
    KeychainSecretStore store;
    const ReadResult read = readNow(store, key);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY2(read.value() && *read.value() == secret, "the orphaned write did not happen");
    QCoreApplication::sendPostedEvents();
    QCOMPARE(calls, 0);
    QVERIFY(removeNow(store, key).ok());
}

void tst_KeychainSecretStore::callbackMayDestroyTheStore_data()
{
    QTest::addColumn<int>("timeoutMs");
    QTest::newRow("keychain answered") << 15000;
    QTest::newRow("timed out") << 0;
}

void tst_KeychainSecretStore::callbackMayDestroyTheStore()
{
    // A one-shot store owned by whoever asked is commonly deleted in its own callback, on both
    // paths: the job's answer and the timeout.
    QFETCH(int, timeoutMs);
    auto *store = new KeychainSecretStore(std::chrono::milliseconds(timeoutMs));
    QPointer<KeychainSecretStore> guard = store;
    int calls = 0;
    store->read(QStringLiteral("tst/self-destruct"), [&](ReadResult) {
        ++calls;
        delete store;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, answerWaitMs);
    QVERIFY(guard.isNull());

    // Let a job that outlived its store finish before the next test uses the keychain.
    KeychainSecretStore next;
    QVERIFY(readNow(next, QStringLiteral("tst/self-destruct")).ok());
    QCOMPARE(calls, 1);
}

void tst_KeychainSecretStore::silentKeychainTimesOut()
{
    // A session bus that accepts the connection and then never says a word: QtKeychain waits
    // forever, as it does behind an unanswered password prompt. Only the store's own timeout
    // ends the call. Run in the helper so that the stuck job does not block this process's
    // QtKeychain queue.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QLocalServer silentBus;
    QVERIFY2(silentBus.listen(dir.filePath(QStringLiteral("bus"))),
             qPrintable(silentBus.errorString()));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + silentBus.fullServerName());
    const QString key = QStringLiteral("tst/silent");
    const HelperRun run = runHelper({QStringLiteral("--timeout-ms"), QStringLiteral("500"),
                                     QStringLiteral("--linger-ms"), QStringLiteral("500"),
                                     QStringLiteral("read"), key},
                                    environment);
    QVERIFY2(run.finished, "the helper hung despite the timeout");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(stderrHas(run, KeychainSecretStore::timeoutMessage(KeychainSecretStore::Operation::Read,
                                                                 key, 500ms)),
             qPrintable(run.stderrText));
    QCOMPARE(run.callbacks, 1);
    QVERIFY2(run.elapsedMs >= 500, "answered before the timeout: the bus was not silent");
}

void tst_KeychainSecretStore::missingKeychainIsReportedQuickly()
{
    // No session bus at all (and no X11 for D-Bus autolaunch): QtKeychain fails at once with
    // OtherError; the user must get the clear message quickly, not the timeout.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus")));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));

    const QString key = QStringLiteral("tst/no-backend");
    for (const QString &operation : {QStringLiteral("read"), QStringLiteral("remove")}) {
        const HelperRun run = runHelper({QStringLiteral("--timeout-ms"), QStringLiteral("15000"),
                                         operation, key},
                                        environment);
        QVERIFY2(run.finished, "the helper hung");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(stderrHas(run, QStringLiteral("The system keychain is not available: ")),
                 qPrintable(run.stderrText));
        QVERIFY2(stderrHas(run, key), qPrintable(run.stderrText));
        QVERIFY2(!stderrHas(run, QStringLiteral("did not answer")), qPrintable(run.stderrText));
        QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs)));
        QCOMPARE(run.callbacks, 1);
    }

    const QByteArray secret = QByteArrayLiteral("must-not-leak-into-messages");
    const HelperRun writer = runHelper({QStringLiteral("write"), key,
                                        QString::fromLatin1(secret.toHex())},
                                       environment);
    QVERIFY(writer.finished);
    QCOMPARE(writer.exitCode, 1);
    QVERIFY2(stderrHas(writer, QStringLiteral("Could not save the secret \"tst/no-backend\". "
                                              "The system keychain is not available: ")),
             qPrintable(writer.stderrText));
    QVERIFY(!writer.stderrText.contains(QString::fromLatin1(secret)));
    QVERIFY(!writer.stderrText.contains(QString::fromLatin1(secret.toHex())));
}

void tst_KeychainSecretStore::errorMessages_data()
{
    QTest::addColumn<KeychainSecretStore::Operation>("operation");
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<QString>("backendMessage");
    QTest::addColumn<QString>("expected");

    using Op = KeychainSecretStore::Operation;
    QTest::newRow("read, other error")
            << Op::Read << int(QKeychain::OtherError)
            << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
            << QStringLiteral("Could not read the secret \"db/password\". The system keychain is not "
                              "available: Cannot autolaunch D-Bus without X11 $DISPLAY");
    QTest::newRow("write, access denied")
            << Op::Write << int(QKeychain::AccessDenied)
            << QStringLiteral("Cannot create an item in a locked collection")
            << QStringLiteral("Could not save the secret \"db/password\". The system keychain denied "
                              "access (it may be locked): Cannot create an item in a locked "
                              "collection");
    QTest::newRow("read, denied by user")
            << Op::Read << int(QKeychain::AccessDeniedByUser) << QStringLiteral("Prompt dismissed")
            << QStringLiteral("Could not read the secret \"db/password\". Access to the system "
                              "keychain was refused at its prompt: Prompt dismissed");
    QTest::newRow("write, no backend")
            << Op::Write << int(QKeychain::NoBackendAvailable)
            << QStringLiteral("No keychain service available")
            << QStringLiteral("Could not save the secret \"db/password\". No system keychain is "
                              "available on this computer: No keychain service available");
    QTest::newRow("remove, not implemented")
            << Op::Remove << int(QKeychain::NotImplemented) << QStringLiteral("Not implemented")
            << QStringLiteral("Could not delete the secret \"db/password\". The system keychain does "
                              "not support this operation on this platform: Not implemented");
    QTest::newRow("remove, could not delete")
            << Op::Remove << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("Item is in use")
            << QStringLiteral("Could not delete the secret \"db/password\". The system keychain "
                              "could not delete the entry: Item is in use");
    QTest::newRow("write, entry not found")
            << Op::Write << int(QKeychain::EntryNotFound) << QStringLiteral("No such object")
            << QStringLiteral("Could not save the secret \"db/password\". The system keychain has no "
                              "such entry: No such object");
    QTest::newRow("unknown code")
            << Op::Read << 42 << QStringLiteral("Something new")
            << QStringLiteral("Could not read the secret \"db/password\". The system keychain "
                              "reported an unknown error (code 42): Something new");
    QTest::newRow("empty backend message")
            << Op::Read << int(QKeychain::OtherError) << QStringLiteral("  ")
            << QStringLiteral("Could not read the secret \"db/password\". The system keychain is not "
                              "available: no details given");
}

void tst_KeychainSecretStore::errorMessages()
{
    QFETCH(KeychainSecretStore::Operation, operation);
    QFETCH(int, keychainError);
    QFETCH(QString, backendMessage);
    QFETCH(QString, expected);
    QCOMPARE(KeychainSecretStore::errorMessage(operation, QStringLiteral("db/password"),
                                               keychainError, backendMessage),
             expected);
}

void tst_KeychainSecretStore::timeoutMessages_data()
{
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("expected");
    const QString pattern = QStringLiteral(
            "Could not read the secret \"%1\". The system keychain did not answer within %2 (it "
            "may be locked or waiting for a password prompt).");
    // A key with a %-sequence must come out unchanged.
    const QString key = QStringLiteral("100%1 key");
    QTest::newRow("default") << 15000 << pattern.arg(key, QStringLiteral("15 seconds"));
    QTest::newRow("whole seconds") << 60000 << pattern.arg(key, QStringLiteral("60 seconds"));
    QTest::newRow("one second") << 1000 << pattern.arg(key, QStringLiteral("1000 ms"));
    QTest::newRow("fraction") << 2500 << pattern.arg(key, QStringLiteral("2500 ms"));
    QTest::newRow("zero") << 0 << pattern.arg(key, QStringLiteral("0 ms"));
}

void tst_KeychainSecretStore::timeoutMessages()
{
    QFETCH(int, timeoutMs);
    QFETCH(QString, expected);
    QCOMPARE(KeychainSecretStore::timeoutMessage(KeychainSecretStore::Operation::Read,
                                                 QStringLiteral("100%1 key"),
                                                 std::chrono::milliseconds(timeoutMs)),
             expected);
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
