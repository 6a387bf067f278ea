#pragma once

#include "connectors/rest/resttransport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>

namespace miq {

struct RestSettings;

// The access token of an OAuth 2.0 source (client credentials or refresh token grant): what to
// ask the token endpoint, what its answer means, and when the token has to be renewed.
// A rotated refresh token (the answer carries a new one) is used for the rest of the read; it is
// not written back to the keychain, so a provider that revokes the old one on use needs the new
// one entered again.
class RestOAuth
{
    Q_DECLARE_TR_FUNCTIONS(miq::RestOAuth)

public:
    explicit RestOAuth(const RestSettings &settings);

    // Whether a token must be fetched before the next request (none yet, or expired).
    bool needsToken() const;
    // Forgets the token, after the API refused it (HTTP 401).
    void invalidate() { m_accessToken.clear(); }

    // The form body of the token request (application/x-www-form-urlencoded).
    QByteArray requestBody() const;
    // Takes the token from a 2xx answer of the token endpoint; returns the cause when the answer
    // holds none. `error` of a 4xx answer: the OAuth error code and description, when given.
    std::optional<QString> accept(const RestResponse &response);
    static QString describeError(const RestResponse &response);

    const QString &accessToken() const { return m_accessToken; }
    // Tokens obtained at run time, to be masked in messages.
    QStringList runtimeSecrets() const;

private:
    const RestSettings &m_settings;
    QString m_accessToken;
    QString m_refreshToken;
    QDeadlineTimer m_expiry{QDeadlineTimer::Forever};
};

} // namespace miq
