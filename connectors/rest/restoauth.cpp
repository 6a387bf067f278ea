#include "connectors/rest/restoauth.h"

#include "connectors/rest/restsettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace miq {

namespace {

// Renew this long before the announced expiry, so a token does not expire in flight.
constexpr qint64 ExpiryMarginSeconds = 30;

QByteArray formItem(const char *key, const QString &value)
{
    return QByteArray(key) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

RestOAuth::RestOAuth(const RestSettings &settings)
    : m_settings(settings)
    , m_refreshToken(settings.refreshToken)
{
}

bool RestOAuth::needsToken() const
{
    return m_accessToken.isEmpty() || m_expiry.hasExpired();
}

QByteArray RestOAuth::requestBody() const
{
    // Client authentication in the body (client_secret_post), as most providers accept it.
    QByteArrayList items;
    if (m_settings.auth == RestAuth::OAuthRefreshToken) {
        items << QByteArray("grant_type=refresh_token") << formItem("refresh_token", m_refreshToken);
    } else {
        items << QByteArray("grant_type=client_credentials");
    }
    items << formItem("client_id", m_settings.clientId);
    if (!m_settings.clientSecret.isEmpty())
        items << formItem("client_secret", m_settings.clientSecret);
    if (!m_settings.scope.isEmpty())
        items << formItem("scope", m_settings.scope);
    return items.join('&');
}

std::optional<QString> RestOAuth::accept(const RestResponse &response)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (!document.isObject())
        return tr("the token endpoint did not answer with a JSON object");
    const QJsonObject object = document.object();
    const QString token = object.value(QStringLiteral("access_token")).toString();
    if (token.isEmpty())
        return tr("the token endpoint's answer has no access_token");
    const QString type = object.value(QStringLiteral("token_type")).toString();
    if (!type.isEmpty() && type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return tr("the token endpoint issued a '%1' token; only bearer tokens are supported").arg(type);
    m_accessToken = token;
    const QString rotated = object.value(QStringLiteral("refresh_token")).toString();
    if (!rotated.isEmpty())
        m_refreshToken = rotated;
    // expires_in is a number, but some providers send it as a string.
    const QJsonValue expiresIn = object.value(QStringLiteral("expires_in"));
    bool known = expiresIn.isDouble();
    qint64 seconds = qint64(expiresIn.toDouble());
    if (expiresIn.isString())
        seconds = expiresIn.toString().toLongLong(&known);
    if (!known) {
        m_expiry = QDeadlineTimer(QDeadlineTimer::Forever); // renewed only when the API says 401
    } else {
        const qint64 margin = seconds > 2 * ExpiryMarginSeconds ? ExpiryMarginSeconds : 0;
        m_expiry = QDeadlineTimer(std::max<qint64>(0, seconds - margin) * 1000);
    }
    return std::nullopt;
}

QString RestOAuth::describeError(const RestResponse &response)
{
    // RFC 6749 section 5.2: {"error": "invalid_client", "error_description": "..."}.
    const QJsonObject object = QJsonDocument::fromJson(response.body).object();
    const QString code = object.value(QStringLiteral("error")).toString();
    const QString description = object.value(QStringLiteral("error_description")).toString().left(200);
    if (code.isEmpty())
        return QString();
    if (description.isEmpty())
        return code;
    return tr("%1: %2").arg(code, description);
}

QStringList RestOAuth::runtimeSecrets() const
{
    QStringList secrets;
    if (!m_accessToken.isEmpty())
        secrets << m_accessToken;
    if (!m_refreshToken.isEmpty())
        secrets << m_refreshToken;
    return secrets;
}

} // namespace miq
