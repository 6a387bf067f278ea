#include "engine/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QMetaObject>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace miq {

namespace {

// What became of one keychain job: its answer, or the timeout.
struct JobOutcome
{
    bool timedOut = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data; // read jobs only
};

using OutcomeHandler = std::function<void(const JobOutcome &)>;

// Starts job and calls handle exactly once, on context's thread: with the job's answer or, if that
// does not come within timeout, with a timeout outcome. Whichever comes first wins; the other is
// ignored. If context is destroyed first, handle is never called.
//
// The job has no parent and deletes itself when it finishes: QtKeychain's libsecret callbacks keep
// a raw pointer to it, so deleting a job that is still running (after a timeout, or with its store)
// would be a use-after-free. A job that never answers is leaked, which is the price of not crashing.
void startJob(QObject *context, QKeychain::Job *job, std::chrono::milliseconds timeout,
              OutcomeHandler handle)
{
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);

    QObject::connect(timer, &QTimer::timeout, context, [timer, settled, handle] {
        if (std::exchange(*settled, true))
            return;
        timer->deleteLater();
        JobOutcome outcome;
        outcome.timedOut = true;
        handle(outcome);
    });

    QObject::connect(job, &QKeychain::Job::finished, context,
                     [context, timer, settled, handle](QKeychain::Job *finishedJob) {
        if (std::exchange(*settled, true))
            return; // answered after the timeout: the caller has already been told
        timer->stop();
        timer->deleteLater();
        JobOutcome outcome;
        outcome.error = finishedJob->error();
        outcome.errorString = finishedJob->errorString();
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finishedJob))
            outcome.data = readJob->binaryData();
        // Deliver from the event loop rather than from inside the finished() signal: QtKeychain
        // runs one job at a time and only marks this one done after finished() returns, so a
        // callback that started another job and waited for it (readBlocking) would deadlock.
        QMetaObject::invokeMethod(context, [handle, outcome] { handle(outcome); },
                                  Qt::QueuedConnection);
    });

    job->setAutoDelete(true);
    // Never let QtKeychain write secrets in plain text into QSettings when no keychain answers.
    job->setInsecureFallback(false);
    timer->start(timeout);
    job->start();
}

QString causeText(int keychainError, const QString &backendMessage)
{
    const QString details = backendMessage.trimmed().isEmpty()
            ? KeychainSecretStore::tr("no details given")
            : backendMessage.trimmed();
    switch (keychainError) {
    case QKeychain::EntryNotFound:
        return KeychainSecretStore::tr("The system keychain has no such entry: %1").arg(details);
    case QKeychain::CouldNotDeleteEntry:
        return KeychainSecretStore::tr("The system keychain could not delete the entry: %1")
                .arg(details);
    case QKeychain::AccessDeniedByUser:
        return KeychainSecretStore::tr("Access to the system keychain was refused at its prompt: %1")
                .arg(details);
    case QKeychain::AccessDenied:
        return KeychainSecretStore::tr(
                       "The system keychain denied access (it may be locked): %1")
                .arg(details);
    case QKeychain::NoBackendAvailable:
        return KeychainSecretStore::tr("No system keychain is available on this computer: %1")
                .arg(details);
    case QKeychain::NotImplemented:
        return KeychainSecretStore::tr(
                       "The system keychain does not support this operation on this platform: %1")
                .arg(details);
    case QKeychain::OtherError:
        return KeychainSecretStore::tr("The system keychain is not available: %1").arg(details);
    default:
        return KeychainSecretStore::tr("The system keychain reported an unknown error (code %1): %2")
                .arg(QString::number(keychainError), details);
    }
}

QString operationText(KeychainSecretStore::Operation operation, const QString &key)
{
    switch (operation) {
    case KeychainSecretStore::Operation::Read:
        return KeychainSecretStore::tr("Could not read the secret \"%1\".").arg(key);
    case KeychainSecretStore::Operation::Write:
        return KeychainSecretStore::tr("Could not save the secret \"%1\".").arg(key);
    case KeychainSecretStore::Operation::Remove:
        return KeychainSecretStore::tr("Could not delete the secret \"%1\".").arg(key);
    }
    Q_UNREACHABLE();
    return {};
}

QString durationText(std::chrono::milliseconds timeout)
{
    const auto ms = timeout.count();
    if (ms >= 2000 && ms % 1000 == 0)
        return KeychainSecretStore::tr("%1 seconds").arg(ms / 1000);
    return KeychainSecretStore::tr("%1 ms").arg(ms);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultTimeout, parent)
{
}

KeychainSecretStore::KeychainSecretStore(std::chrono::milliseconds timeout, QObject *parent)
    : SecretStore(parent), m_timeout(std::max(timeout, std::chrono::milliseconds(0)))
{
}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("MigrateIQ");
}

QString KeychainSecretStore::description() const
{
    return tr("system keychain");
}

QString KeychainSecretStore::errorMessage(Operation operation, const QString &key,
                                          int keychainError, const QString &backendMessage)
{
    return tr("%1 %2", "what failed, then why")
            .arg(operationText(operation, key), causeText(keychainError, backendMessage));
}

QString KeychainSecretStore::timeoutMessage(Operation operation, const QString &key,
                                            std::chrono::milliseconds timeout)
{
    const QString cause = tr("The system keychain did not answer within %1 (it may be locked or "
                             "waiting for a password prompt).")
                                  .arg(durationText(timeout));
    return tr("%1 %2", "what failed, then why").arg(operationText(operation, key), cause);
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    Q_ASSERT(thread() == QThread::currentThread());
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key);
    startJob(this, job, m_timeout,
             [key, timeout = m_timeout, done = std::move(done)](const JobOutcome &outcome) {
        if (outcome.timedOut)
            return done(Error(timeoutMessage(Operation::Read, key, timeout)));
        switch (outcome.error) {
        case QKeychain::NoError:
            return done(std::optional<QByteArray>(outcome.data));
        case QKeychain::EntryNotFound:
            return done(std::optional<QByteArray>());
        default:
            return done(Error(errorMessage(Operation::Read, key, outcome.error, outcome.errorString)));
        }
    });
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, DoneCallback done)
{
    Q_ASSERT(thread() == QThread::currentThread());
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    // Binary mode: any bytes round-trip (QtKeychain stores them base64-encoded where it has to).
    job->setBinaryData(secret);
    startJob(this, job, m_timeout,
             [key, timeout = m_timeout, done = std::move(done)](const JobOutcome &outcome) {
        if (outcome.timedOut)
            return done(Error(timeoutMessage(Operation::Write, key, timeout)));
        if (outcome.error != QKeychain::NoError)
            return done(Error(errorMessage(Operation::Write, key, outcome.error, outcome.errorString)));
        done(Status());
    });
}

void KeychainSecretStore::remove(const QString &key, DoneCallback done)
{
    Q_ASSERT(thread() == QThread::currentThread());
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    startJob(this, job, m_timeout,
             [key, timeout = m_timeout, done = std::move(done)](const JobOutcome &outcome) {
        if (outcome.timedOut)
            return done(Error(timeoutMessage(Operation::Remove, key, timeout)));
        // Removing what is not there leaves the keychain as asked: not an error (libsecret says
        // nothing, other backends report EntryNotFound).
        if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)
            return done(Error(errorMessage(Operation::Remove, key, outcome.error, outcome.errorString)));
        done(Status());
    });
}

} // namespace miq
