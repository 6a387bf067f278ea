#pragma once

#include "engine/secretstore.h"

#include <chrono>

namespace miq {

// Secrets in the operating system's keychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows) through QtKeychain, under the service name "MigrateIQ".
//
// QtKeychain has no timeout and can wait forever (a password prompt nobody answers, a locked
// keyring under Xvfb), so every call has its own: when it expires the callback gets a clear error
// and the job's late answer is ignored. A timed-out write or remove may still take effect if the
// keychain answers later. QtKeychain runs one job at a time per process, so while a timed-out job
// is still waiting, later calls queue behind it and time out as well.
// The plaintext fallback of QtKeychain is always off. If the store is destroyed while calls are
// pending, their callbacks are dropped (the jobs themselves finish on their own).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultTimeout = std::chrono::seconds(15);

    // What a failed call was doing; part of the message the user sees.
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    explicit KeychainSecretStore(QObject *parent = nullptr);
    // A zero timeout makes every call time out at once (tests use it for the timeout path).
    explicit KeychainSecretStore(std::chrono::milliseconds timeout, QObject *parent = nullptr);

    static QString serviceName();
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QByteArray &secret, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

    QString description() const override;
    bool isPersistent() const override { return true; }

    // The translated message for a failed call. keychainError is a QKeychain::Error value (an int
    // so that this header does not need QtKeychain); backendMessage is the job's errorString().
    // Public so that tests can check the wording for every error QtKeychain can report.
    static QString errorMessage(Operation operation, const QString &key, int keychainError,
                                const QString &backendMessage);
    static QString timeoutMessage(Operation operation, const QString &key,
                                  std::chrono::milliseconds timeout);

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace miq
