#pragma once

#include "connectors/result.h"
#include "engine/secretstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

namespace miq {

using SecretValues = QHash<QString, QString>; // secret field key -> value

// The secret fields of a workspace's sources. Each source's secrets are one keychain entry keyed
// by workspace id and source id. When the keychain cannot store them, they are kept in this
// process's memory for the session only (never written anywhere) and the caller is told why.
// Lives on the thread of its SecretStore; callbacks run there.
class SourceSecrets : public QObject
{
    Q_OBJECT

public:
    SourceSecrets(SecretStore *store, QString workspaceId, QObject *parent = nullptr);

    static QString keyFor(const QString &workspaceId, qint64 sourceId);

    // On success done({}); when the keychain failed but the secrets are kept for this session,
    // done(Error(...)) with a message saying so; the secrets are usable either way.
    void save(qint64 sourceId, const SecretValues &secrets, std::function<void(Status)> done);
    void load(qint64 sourceId, std::function<void(Result<SecretValues>)> done);
    void remove(qint64 sourceId, std::function<void(Status)> done);

    bool isSessionOnly(qint64 sourceId) const { return m_session.contains(sourceId); }
    SecretStore *store() const { return m_store; }

    // Blocking forms for the command line (local event loop; never on the GUI thread).
    Status saveBlocking(qint64 sourceId, const SecretValues &secrets);
    Result<SecretValues> loadBlocking(qint64 sourceId);
    Status removeBlocking(qint64 sourceId);

private:
    QPointer<SecretStore> m_store;
    QString m_workspaceId;
    QHash<qint64, SecretValues> m_session;
};

} // namespace miq
