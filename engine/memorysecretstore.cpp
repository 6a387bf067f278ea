#include "engine/memorysecretstore.h"

#include <QMetaObject>
#include <QThread>

#include <utility>

namespace miq {

// Every callback goes through the event loop with this store as context: if the store is
// destroyed first the callback is dropped, as with KeychainSecretStore.

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    Q_ASSERT(thread() == QThread::currentThread());
    const auto it = m_secrets.constFind(key);
    std::optional<QByteArray> secret;
    if (it != m_secrets.constEnd())
        secret = *it;
    QMetaObject::invokeMethod(
            this, [done = std::move(done), secret = std::move(secret)] { done(secret); },
            Qt::QueuedConnection);
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, DoneCallback done)
{
    Q_ASSERT(thread() == QThread::currentThread());
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(this, [done = std::move(done)] { done(Status()); },
                              Qt::QueuedConnection);
}

void MemorySecretStore::remove(const QString &key, DoneCallback done)
{
    Q_ASSERT(thread() == QThread::currentThread());
    m_secrets.remove(key);
    QMetaObject::invokeMethod(this, [done = std::move(done)] { done(Status()); },
                              Qt::QueuedConnection);
}

QString MemorySecretStore::description() const
{
    return tr("this session only");
}

} // namespace miq
