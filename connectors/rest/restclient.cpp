#include "connectors/rest/restclient.h"

#include <QDateTime>

namespace miq {

namespace {

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError: // a connection reset ends up here
        return true;
    default:
        return false;
    }
}

bool isTransientStatus(int status)
{
    return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

} // namespace

RestClient::RestClient(RestSettings settings, const std::atomic_bool *cancel)
    : m_settings(std::move(settings))
    , m_oauth(m_settings)
    , m_limiter(m_settings.requestsPerSecond)
    , m_cancel(cancel)
{
}

QString RestClient::scrub(const QString &text) const
{
    return m_settings.scrub(text, m_oauth.runtimeSecrets());
}

QString RestClient::describeRequest(const QByteArray &method, const QUrl &url, const QString &what) const
{
    return scrub(tr("%1 %2 (%3, %4)")
                     .arg(QString::fromLatin1(method), m_settings.displayUrl(url), m_settings.describeSource(), what));
}

QString RestClient::failure(const QString &request, const QString &cause, int retries) const
{
    if (retries == 0)
        return scrub(tr("%1 failed: %2.").arg(request, cause));
    // Counted as attempts (at least two here), so the English plural needs no translation file.
    return scrub(tr("%1 failed after %n attempts: %2.", nullptr, retries + 1).arg(request, cause));
}

Result<RestResponse> RestClient::fetch(const QUrl &url, const QString &what)
{
    Exchange request;
    request.method = m_settings.method;
    request.url = url;
    request.headers = m_settings.headers;
    request.body = m_settings.method == "POST" ? m_settings.body : QByteArray();
    request.what = what;
    return exchange(request);
}

Status RestClient::authorize(QUrl &url, QList<RestHeader> &headers)
{
    switch (m_settings.auth) {
    case RestAuth::None: break;
    case RestAuth::ApiKeyHeader: headers.append({m_settings.apiKeyName.toLatin1(), m_settings.apiKey.toUtf8()}); break;
    case RestAuth::ApiKeyQuery: setQueryItem(url, m_settings.apiKeyName, m_settings.apiKey); break;
    case RestAuth::Basic:
        headers.append({"Authorization",
                        "Basic " + (m_settings.user + QLatin1Char(':') + m_settings.password).toUtf8().toBase64()});
        break;
    case RestAuth::Bearer: headers.append({"Authorization", "Bearer " + m_settings.token.toUtf8()}); break;
    case RestAuth::OAuthClientCredentials:
    case RestAuth::OAuthRefreshToken:
        if (m_oauth.needsToken())
            if (Status s = fetchToken(); !s)
                return s;
        headers.append({"Authorization", "Bearer " + m_oauth.accessToken().toUtf8()});
        break;
    }
    return {};
}

Status RestClient::fetchToken()
{
    Exchange request;
    request.method = "POST";
    request.url = m_settings.tokenUrl;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    request.body = m_oauth.requestBody();
    request.what = tr("OAuth token request");
    request.authorize = false;
    const Result<RestResponse> response = exchange(request);
    if (!response)
        return Error(response.error());
    if (const std::optional<QString> cause = m_oauth.accept(*response))
        return Error(failure(describeRequest(request.method, request.url, request.what), *cause, 0));
    return {};
}

Result<RestResponse> RestClient::exchange(const Exchange &request)
{
    const QString described = describeRequest(request.method, request.url, request.what);
    const auto cancelled = [&] { return Error(tr("Reading %1 was cancelled.").arg(described)); };
    bool renewedToken = false;
    int retries = 0;
    for (;;) {
        QUrl url = request.url;
        QList<RestHeader> headers = request.headers;
        if (request.authorize)
            if (Status s = authorize(url, headers); !s)
                return Error(s.error());
        if (!m_limiter.wait(m_cancel))
            return cancelled();
        ++m_requests;
        const RestTransport::Outcome outcome = m_transport.send(request.method, url, headers, request.body,
                                                                m_settings.timeoutMs, m_cancel);
        qint64 delay = -1; // >= 0: retry after this many milliseconds
        QString cause;
        switch (outcome.kind) {
        case RestTransport::Outcome::Kind::Cancelled: return cancelled();
        case RestTransport::Outcome::Kind::TooLarge:
            return Error(failure(described,
                                 tr("the response is larger than %n MiB; ask for smaller pages (page size)", nullptr,
                                    int(RestTransport::MaxBodyBytes >> 20)),
                                 retries));
        case RestTransport::Outcome::Kind::TimedOut:
            cause = tr("no response within %n second(s)", nullptr, m_settings.timeoutMs / 1000);
            delay = backoffDelay(retries, m_settings.retryDelayMs);
            break;
        case RestTransport::Outcome::Kind::NetworkError:
            cause = networkCause(outcome, url);
            if (isTransient(outcome.error))
                delay = backoffDelay(retries, m_settings.retryDelayMs);
            break;
        case RestTransport::Outcome::Kind::Response: {
            const RestResponse &response = outcome.response;
            if (response.status >= 200 && response.status < 300)
                return response;
            const bool oauth = m_settings.auth == RestAuth::OAuthClientCredentials
                || m_settings.auth == RestAuth::OAuthRefreshToken;
            if (response.status == 401 && request.authorize && oauth && !renewedToken) {
                // The token expired early or was revoked: one new token, then the same request.
                m_oauth.invalidate();
                renewedToken = true;
                continue;
            }
            cause = statusCause(response, !request.authorize);
            if (isTransientStatus(response.status)) {
                delay = backoffDelay(retries, m_settings.retryDelayMs);
                if (response.status == 429 || response.status == 503) {
                    const std::optional<qint64> asked = parseRetryAfter(response.header("Retry-After"),
                                                                        QDateTime::currentDateTimeUtc());
                    if (asked && *asked > MaxRetryAfterMs)
                        return Error(failure(described,
                                             tr("%1; the server asks to wait %n second(s) before trying again",
                                                nullptr, int(*asked / 1000)).arg(cause),
                                             retries));
                    if (asked)
                        delay = *asked;
                }
            }
            break;
        }
        }
        if (delay < 0 || retries >= m_settings.maxRetries)
            return Error(failure(described, cause, retries));
        if (!sleepInterruptibly(delay, m_cancel))
            return cancelled();
        ++retries;
    }
}

QString RestClient::networkCause(const RestTransport::Outcome &outcome, const QUrl &url) const
{
    // Qt's own text may quote the URL with its query: the masked URL takes its place.
    QString detail = outcome.errorString;
    detail.replace(url.toString(), m_settings.displayUrl(url));
    detail.replace(url.toString(QUrl::FullyEncoded), m_settings.displayUrl(url));
    if (!outcome.tlsErrors.isEmpty() || isTlsError(outcome.error)) {
        const QString errors = outcome.tlsErrors.isEmpty() ? detail : outcome.tlsErrors.join(QStringLiteral("; "));
        return tr("the secure (TLS) connection to %1 failed: %2").arg(url.host(), errors);
    }
    switch (outcome.error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("the connection to %1 was refused (is the server running, and are the host and port right?)")
            .arg(url.host() + QLatin1Char(':')
                 + QString::number(url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80)));
    case QNetworkReply::HostNotFoundError:
        return tr("the host name '%1' could not be resolved (DNS lookup failed; check the base URL)").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("the server closed the connection before it answered");
    case QNetworkReply::TimeoutError: return tr("the connection timed out");
    default: return tr("network error: %1").arg(detail);
    }
}

QString RestClient::excerpt(const RestResponse &response) const
{
    const QString text = QString::fromUtf8(response.body.left(600)).simplified();
    if (text.isEmpty() || response.contentType.contains("html") || text.startsWith(QLatin1Char('<')))
        return QString();
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

QString RestClient::statusCause(const RestResponse &response, bool tokenRequest) const
{
    const QString status = QStringLiteral("HTTP %1 %2").arg(response.status).arg(QString::fromLatin1(response.reason)).trimmed();
    if (tokenRequest && response.status >= 400 && response.status < 500) {
        const QString oauthError = RestOAuth::describeError(response);
        return oauthError.isEmpty()
            ? tr("the token endpoint refused the request (%1); check the client ID, client secret, refresh token and scope")
                  .arg(status)
            : tr("the token endpoint refused the request (%1, %2); check the client ID, client secret, refresh token and scope")
                  .arg(status, oauthError);
    }
    QString cause;
    switch (response.status) {
    case 401:
        cause = m_settings.auth == RestAuth::None
            ? tr("%1: the API needs authentication; choose one in the source settings").arg(status)
            : tr("%1: the server refused the credentials (authentication %2); check them in the source settings")
                  .arg(status, restAuthName(m_settings.auth));
        break;
    case 403: cause = tr("%1: the credentials were refused or have no access to this endpoint").arg(status); break;
    case 404: cause = tr("%1: check the base URL and the endpoint").arg(status); break;
    case 429: cause = tr("%1: the API's rate limit was exceeded; set fewer requests per second").arg(status); break;
    default: cause = status; break;
    }
    const QString said = excerpt(response);
    if (!said.isEmpty())
        cause = tr("%1; the server said: \"%2\"").arg(cause, said);
    return cause;
}

} // namespace miq
