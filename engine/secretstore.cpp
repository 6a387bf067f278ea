#include "engine/secretstore.h"

#include "engine/keychainsecretstore.h"
#include "engine/memorysecretstore.h"

#include <QEventLoop>

#include <utility>

namespace miq {

namespace {

// Runs a local event loop until the store answers. start() makes the asynchronous call with the
// callback it is given.
template<typename R, typename Start>
R waitFor(SecretStore *store, Start start)
{
    std::optional<R> answer;
    QEventLoop loop;
    // A store destroyed while we wait drops its callbacks; do not wait forever for one.
    QObject::connect(store, &QObject::destroyed, &loop, &QEventLoop::quit);
    start([&answer, &loop](R result) {
        answer = std::move(result);
        loop.quit();
    });
    // The check guards against a store that answered synchronously after all.
    if (!answer)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!answer)
        return R(Error(SecretStore::tr("The secret store was closed before it answered.")));
    return std::move(*answer);
}

} // namespace

std::unique_ptr<SecretStore> SecretStore::createDefault(QObject *parent)
{
    if (qEnvironmentVariable("MIQ_SECRET_STORE") == QLatin1String("memory"))
        return std::make_unique<MemorySecretStore>(parent);
    return std::make_unique<KeychainSecretStore>(parent);
}

Result<std::optional<QByteArray>> SecretStore::readBlocking(const QString &key)
{
    using R = Result<std::optional<QByteArray>>;
    return waitFor<R>(this, [this, &key](ReadCallback done) { read(key, std::move(done)); });
}

Status SecretStore::writeBlocking(const QString &key, const QByteArray &secret)
{
    return waitFor<Status>(this, [this, &key, &secret](DoneCallback done) {
        write(key, secret, std::move(done));
    });
}

Status SecretStore::removeBlocking(const QString &key)
{
    return waitFor<Status>(this, [this, &key](DoneCallback done) { remove(key, std::move(done)); });
}

} // namespace miq
