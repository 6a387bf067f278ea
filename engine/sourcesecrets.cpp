#include "engine/sourcesecrets.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace miq {

namespace {

QByteArray encode(const SecretValues &secrets)
{
    QJsonObject o;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

SecretValues decode(const QByteArray &bytes)
{
    SecretValues secrets;
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        secrets.insert(it.key(), it.value().toString());
    return secrets;
}

template<typename T, typename Start>
T waitFor(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

SourceSecrets::SourceSecrets(SecretStore *store, QString workspaceId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_workspaceId(std::move(workspaceId))
{}

QString SourceSecrets::keyFor(const QString &workspaceId, qint64 sourceId)
{
    return QStringLiteral("workspace/%1/source/%2").arg(workspaceId).arg(sourceId);
}

void SourceSecrets::save(qint64 sourceId, const SecretValues &secrets, std::function<void(Status)> done)
{
    if (!m_store) {
        m_session.insert(sourceId, secrets);
        done(Error(tr("No keychain is available; the secrets are kept for this session only.")));
        return;
    }
    if (secrets.isEmpty()) {
        m_session.remove(sourceId);
        m_store->remove(keyFor(m_workspaceId, sourceId), std::move(done));
        return;
    }
    QPointer<SourceSecrets> self(this);
    m_store->write(keyFor(m_workspaceId, sourceId), encode(secrets),
                   [self, sourceId, secrets, done = std::move(done)](Status status) {
                       if (!self)
                           return;
                       if (status) {
                           self->m_session.remove(sourceId);
                           done({});
                           return;
                       }
                       self->m_session.insert(sourceId, secrets);
                       done(Error(tr("%1 The secrets are kept in memory for this session only and "
                                     "will have to be entered again next time.")
                                      .arg(status.error())));
                   });
}

void SourceSecrets::load(qint64 sourceId, std::function<void(Result<SecretValues>)> done)
{
    if (m_session.contains(sourceId) || !m_store) {
        done(m_session.value(sourceId));
        return;
    }
    m_store->read(keyFor(m_workspaceId, sourceId),
                  [done = std::move(done)](Result<std::optional<QByteArray>> result) {
                      if (!result) {
                          done(Error(result.error()));
                          return;
                      }
                      done(result->has_value() ? decode(**result) : SecretValues());
                  });
}

void SourceSecrets::remove(qint64 sourceId, std::function<void(Status)> done)
{
    m_session.remove(sourceId);
    if (!m_store) {
        done({});
        return;
    }
    m_store->remove(keyFor(m_workspaceId, sourceId), std::move(done));
}

Status SourceSecrets::saveBlocking(qint64 sourceId, const SecretValues &secrets)
{
    return waitFor<Status>([&](auto cb) { save(sourceId, secrets, cb); });
}

Result<SecretValues> SourceSecrets::loadBlocking(qint64 sourceId)
{
    return waitFor<Result<SecretValues>>([&](auto cb) { load(sourceId, cb); });
}

Status SourceSecrets::removeBlocking(qint64 sourceId)
{
    return waitFor<Status>([&](auto cb) { remove(sourceId, cb); });
}

} // namespace miq
