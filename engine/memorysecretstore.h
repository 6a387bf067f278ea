#pragma once

#include "engine/secretstore.h"

#include <QHash>

namespace miq {

// Secrets kept in this process only and never written anywhere: for tests of the layers above the
// engine (MIQ_SECRET_STORE=memory) and for users who do not want a secret remembered.
// Callbacks are queued, never called before the call returns, so callers see the same
// asynchronous behaviour as with the keychain. Each call takes effect when it is made, so a read
// after a write sees the write.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QByteArray &secret, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

    QString description() const override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace miq
