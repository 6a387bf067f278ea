#pragma once

#include "connectors/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace miq {

// Where secrets live. Every call is asynchronous and must be made from the thread the store lives
// on (the GUI thread in the app); the callback runs on that thread too, exactly once.
// Implementations: KeychainSecretStore (the OS keychain through QtKeychain, with a timeout) and
// MemorySecretStore (this process only, never written anywhere).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<std::optional<QByteArray>>)>; // nullopt = no entry
    using DoneCallback = std::function<void(Status)>;

    using QObject::QObject;

    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, DoneCallback done) = 0;
    virtual void remove(const QString &key, DoneCallback done) = 0; // no entry is not an error

    // A short, translated description for the UI: "system keychain", "this session only".
    virtual QString description() const = 0;
    // False for stores that forget everything when the process ends.
    virtual bool isPersistent() const = 0;

    // The store the application uses: the OS keychain, or MemorySecretStore when the
    // environment variable MIQ_SECRET_STORE=memory is set (tests of layers above the engine).
    static std::unique_ptr<SecretStore> createDefault(QObject *parent = nullptr);

    // Blocking helpers for command-line use: run a local event loop until the callback fires.
    // Never use them on the GUI thread.
    Result<std::optional<QByteArray>> readBlocking(const QString &key);
    Status writeBlocking(const QString &key, const QByteArray &secret);
    Status removeBlocking(const QString &key);
};

} // namespace miq
