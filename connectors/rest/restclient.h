#pragma once

#include "connectors/rest/restoauth.h"
#include "connectors/rest/restretry.h"
#include "connectors/rest/restsettings.h"
#include "connectors/rest/resttransport.h"

#include "connectors/result.h"

#include <QCoreApplication>

#include <atomic>

namespace miq {

// Requests pages of a REST source: adds the authentication (fetching and renewing OAuth tokens),
// keeps to the requests-per-second limit, retries transient failures (timeouts, refused or reset
// connections, HTTP 408, 429 and 5xx) with backoff or as Retry-After asks, and turns what still
// fails into a message naming the source, the request (URL with secrets masked) and the page.
// Lives on one thread at a time (see RestTransport).
class RestClient
{
    Q_DECLARE_TR_FUNCTIONS(miq::RestClient)

public:
    // Retry-After beyond this is not waited for: the request fails and says so.
    static constexpr qint64 MaxRetryAfterMs = 15 * 60 * 1000;

    RestClient(RestSettings settings, const std::atomic_bool *cancel);

    const RestSettings &settings() const { return m_settings; }
    // The source's request (method, headers, body) to `url`; `what` names it in messages
    // ("page 3"). Any HTTP status that is not 2xx after the retries is an error.
    Result<RestResponse> fetch(const QUrl &url, const QString &what);

    // "GET https://api.example.com/items?page=3&api_key=***** (source 'Shop', page 3)"
    QString describeRequest(const QByteArray &method, const QUrl &url, const QString &what) const;
    // Masks the configured secrets and the tokens obtained so far.
    QString scrub(const QString &text) const;
    qint64 requestsSent() const { return m_requests; }

private:
    struct Exchange
    {
        QByteArray method;
        QUrl url;
        QList<RestHeader> headers;
        QByteArray body;
        QString what;
        bool authorize = true; // false for the token request itself
    };

    Result<RestResponse> exchange(const Exchange &request);
    Status authorize(QUrl &url, QList<RestHeader> &headers);
    Status fetchToken();
    QString networkCause(const RestTransport::Outcome &outcome, const QUrl &url) const;
    QString statusCause(const RestResponse &response, bool tokenRequest) const;
    QString failure(const QString &request, const QString &cause, int retries) const;
    QString excerpt(const RestResponse &response) const;

    RestSettings m_settings;
    RestTransport m_transport;
    RestOAuth m_oauth;
    RateLimiter m_limiter;
    const std::atomic_bool *m_cancel = nullptr;
    qint64 m_requests = 0;
};

} // namespace miq
