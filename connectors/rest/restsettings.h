#pragma once

#include "connectors/connector.h"
#include "connectors/connectorspec.h"
#include "connectors/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace miq {

enum class RestAuth {
    None,
    ApiKeyHeader,           // the key in a header (X-API-Key by default)
    ApiKeyQuery,            // the key as a query parameter (api_key by default)
    Basic,                  // user name and password
    Bearer,                 // a fixed token: "Authorization: Bearer <token>"
    OAuthClientCredentials, // OAuth 2.0 client credentials grant
    OAuthRefreshToken,      // OAuth 2.0 refresh token grant
};

enum class RestPaging {
    None,       // one request
    PageNumber, // ?page=1, 2, 3 ...
    Offset,     // ?offset=0&limit=100, 100, 200 ...
    Cursor,     // a cursor/next token from the body, sent back as a parameter
    NextUrl,    // the next page's URL from the body
    LinkHeader, // RFC 8288: Link: <https://...>; rel="next"
};

using RestHeader = std::pair<QByteArray, QByteArray>;
using RestQueryItem = std::pair<QString, QString>;

// The settings of a REST source, checked and parsed once. Secrets (API key, password, tokens,
// client secret) come from ConnectionSettings::secrets and must never reach a message: every
// message that could quote them goes through scrub().
struct RestSettings
{
    Q_DECLARE_TR_FUNCTIONS(miq::RestSettings)

public:
    static constexpr int DefaultMaxRetries = 5;
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int DefaultRetryDelayMs = 1000;
    static constexpr int DefaultPageSize = 100;
    static constexpr int DefaultFlattenDepth = 8;

    QString sourceName;
    QUrl url; // base URL + endpoint, with any query the base URL carries
    QByteArray method = "GET";
    QList<RestHeader> headers;
    QList<RestQueryItem> query;
    QByteArray body;
    QStringList recordsPath;
    int flattenDepth = DefaultFlattenDepth;

    RestAuth auth = RestAuth::None;
    QString apiKeyName;
    QString apiKey;
    QString user;
    QString password;
    QString token;
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret;
    QString scope;
    QString refreshToken;

    RestPaging paging = RestPaging::None;
    QString pageParam;
    int startPage = 1;
    QString pageSizeParam;
    int pageSize = DefaultPageSize;
    QString offsetParam;
    QString limitParam;
    QStringList cursorPath;
    QString cursorParam;
    QStringList nextUrlPath;

    // Incremental reads: sent as <sinceParam>=<sinceValue> when both are set. The engine will
    // pass the lower bound of a run here; today it is a setting.
    QString sinceParam;
    QString sinceValue;

    int maxRetries = DefaultMaxRetries;
    int timeoutMs = DefaultTimeoutSeconds * 1000;
    int retryDelayMs = DefaultRetryDelayMs;
    double requestsPerSecond = 0; // 0 = no limit

    static QList<ConfigField> fields();
    static Result<RestSettings> from(const ConnectionSettings &settings);

    // The stream's name: the endpoint's last path segment ("items" for /v1/items.json).
    QString streamName() const;
    // A value that changes when anything that selects the records changes (never the secrets):
    // a resume token of other settings is refused.
    QByteArray fingerprint() const;

    // The URL as messages show it: no user info, and the values of secret-looking query
    // parameters (the API key parameter, token, key, password, ...) masked.
    QString displayUrl(const QUrl &url) const;
    // The text with every secret value masked (and `more`, secrets obtained at run time such as
    // an OAuth access token); the last line of defence for messages that quote server replies or
    // Qt's own error strings.
    QString scrub(const QString &text, const QStringList &more = {}) const;
    // The query without items that carry a secret: a next-page URL the server echoes the API
    // key into is stored without it (the key is added again when the request is sent).
    QUrl withoutSecrets(const QUrl &url) const;
    // "source 'Shop'", for messages.
    QString describeSource() const;

    QStringList secretValues() const;
};

QString restAuthName(RestAuth auth);

// Query helpers that percent-encode every reserved character ('+' included: QUrlQuery leaves it
// alone and servers then read a space).
void setQueryItem(QUrl &url, const QString &key, const QString &value);
void removeQueryItem(QUrl &url, const QString &key);

} // namespace miq
