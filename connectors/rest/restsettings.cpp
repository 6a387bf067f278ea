#include "connectors/rest/restsettings.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace miq {

namespace {

using namespace Qt::StringLiterals;

const QStringList AuthChoices = {u"none"_s, u"api_key_header"_s, u"api_key_query"_s, u"basic"_s,
                                 u"bearer"_s, u"oauth_client_credentials"_s, u"oauth_refresh_token"_s};
const QStringList PagingChoices = {u"none"_s, u"page_number"_s, u"offset_limit"_s, u"cursor"_s,
                                   u"next_url"_s, u"link_header"_s};

// Query parameter names whose values are masked in messages whatever their value.
const QStringList SecretParamNames = {u"api_key"_s, u"apikey"_s, u"api-key"_s, u"key"_s, u"token"_s,
                                      u"access_token"_s, u"refresh_token"_s, u"client_secret"_s,
                                      u"secret"_s, u"password"_s, u"passwd"_s, u"pwd"_s,
                                      u"signature"_s, u"sig"_s, u"auth"_s, u"authorization"_s};

const QString Mask = u"*****"_s;

ConfigField field(const QString &key, const QString &label, ConfigField::Kind kind, const QString &help)
{
    ConfigField f;
    f.key = key;
    f.label = label;
    f.kind = kind;
    f.help = help;
    return f;
}

ConfigField secretField(const QString &key, const QString &label, const QString &help)
{
    ConfigField f = field(key, label, ConfigField::Kind::Password, help);
    f.secret = true;
    return f;
}

ConfigField integerField(const QString &key, const QString &label, int value, int minimum, int maximum,
                         const QString &help)
{
    ConfigField f = field(key, label, ConfigField::Kind::Integer, help);
    f.defaultValue = value;
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

ConfigField textField(const QString &key, const QString &label, const QString &help, const QString &value = {})
{
    ConfigField f = field(key, label, ConfigField::Kind::Text, help);
    if (!value.isEmpty())
        f.defaultValue = value;
    return f;
}

QStringList dottedPath(const QString &text)
{
    return text.trimmed().split(QLatin1Char('.'), Qt::SkipEmptyParts);
}

QList<std::pair<QString, QString>> encodedItems(const QUrl &url)
{
    QList<std::pair<QString, QString>> items;
    const QString query = url.query(QUrl::FullyEncoded);
    for (const QString &item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        items.append({eq < 0 ? item : item.left(eq), eq < 0 ? QString() : item.mid(eq + 1)});
    }
    return items;
}

QString decoded(const QString &encoded)
{
    QByteArray bytes = encoded.toUtf8();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

void setEncodedItems(QUrl &url, const QList<std::pair<QString, QString>> &items)
{
    if (items.isEmpty()) {
        url.setQuery(QString());
        return;
    }
    QStringList parts;
    for (const auto &[key, value] : items)
        parts << key + QLatin1Char('=') + value;
    url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
}

} // namespace

QString restAuthName(RestAuth auth)
{
    return AuthChoices.value(int(auth));
}

void removeQueryItem(QUrl &url, const QString &key)
{
    QList<std::pair<QString, QString>> items = encodedItems(url);
    const qsizetype before = items.size();
    items.removeIf([&](const auto &item) { return decoded(item.first) == key; });
    if (items.size() != before)
        setEncodedItems(url, items);
}

void setQueryItem(QUrl &url, const QString &key, const QString &value)
{
    QList<std::pair<QString, QString>> items = encodedItems(url);
    items.removeIf([&](const auto &item) { return decoded(item.first) == key; });
    items.append({QString::fromLatin1(QUrl::toPercentEncoding(key)), QString::fromLatin1(QUrl::toPercentEncoding(value))});
    setEncodedItems(url, items);
}

QList<ConfigField> RestSettings::fields()
{
    ConfigField baseUrl = textField(u"base_url"_s, tr("Base URL"),
                                    tr("The API's address, e.g. https://api.example.com/v1."));
    baseUrl.required = true;
    ConfigField endpoint = textField(u"endpoint"_s, tr("Endpoint"),
                                     tr("The path of the records below the base URL, e.g. orders or /v2/items."));
    ConfigField method = field(u"method"_s, tr("Method"), ConfigField::Kind::Choice,
                               tr("GET for most APIs; POST for search endpoints that take a request body."));
    method.choices = {u"GET"_s, u"POST"_s};
    method.defaultValue = u"GET"_s;
    ConfigField headers = field(u"headers"_s, tr("Extra headers"), ConfigField::Kind::MultilineText,
                                tr("One 'Name: value' per line, e.g. Accept-Language: en."));
    ConfigField query = field(u"query"_s, tr("Query parameters"), ConfigField::Kind::MultilineText,
                              tr("One 'key=value' per line, sent with every request (values are URL-encoded for you)."));
    ConfigField body = field(u"body"_s, tr("Request body"), ConfigField::Kind::MultilineText,
                             tr("The JSON body of a POST request."));
    ConfigField records = textField(u"records_path"_s, tr("Records path"),
                                    tr("Dotted path to the array of records in the response, e.g. data.items. "
                                       "Empty: the response is the array (or a single object)."));
    ConfigField flatten = integerField(u"flatten_depth"_s, tr("Flatten depth"), DefaultFlattenDepth, 0, 64,
                                       tr("How many levels of nested objects become dotted columns; deeper "
                                          "objects stay JSON text."));

    ConfigField auth = field(u"auth"_s, tr("Authentication"), ConfigField::Kind::Choice,
                             tr("none; api_key_header / api_key_query: an API key; basic: user name and "
                                "password; bearer: a token; oauth_client_credentials / oauth_refresh_token: "
                                "OAuth 2.0 (the token is fetched and renewed for you)."));
    auth.choices = AuthChoices;
    auth.defaultValue = AuthChoices.first();
    ConfigField apiKeyName = textField(u"api_key_name"_s, tr("API key name"),
                                       tr("The header (default X-API-Key) or query parameter (default api_key) "
                                          "that carries the API key."));
    ConfigField apiKey = secretField(u"api_key"_s, tr("API key"), tr("Stored in the system keychain."));
    ConfigField user = textField(u"username"_s, tr("User name"), tr("For basic authentication."));
    ConfigField password = secretField(u"password"_s, tr("Password"), tr("For basic authentication; stored in the system keychain."));
    ConfigField token = secretField(u"token"_s, tr("Bearer token"), tr("Sent as 'Authorization: Bearer'; stored in the system keychain."));
    ConfigField tokenUrl = textField(u"token_url"_s, tr("Token URL"), tr("OAuth 2.0: where access tokens are requested."));
    ConfigField clientId = textField(u"client_id"_s, tr("Client ID"), tr("OAuth 2.0 client identifier."));
    ConfigField clientSecret = secretField(u"client_secret"_s, tr("Client secret"),
                                           tr("OAuth 2.0 client secret (optional with a refresh token); stored in the system keychain."));
    ConfigField scope = textField(u"scope"_s, tr("Scope"), tr("OAuth 2.0 scopes, separated by spaces (optional)."));
    ConfigField refreshToken = secretField(u"refresh_token"_s, tr("Refresh token"),
                                           tr("OAuth 2.0 refresh token; stored in the system keychain."));

    ConfigField paging = field(u"pagination"_s, tr("Pagination"), ConfigField::Kind::Choice,
                               tr("How the next page is requested: page_number, offset_limit, a cursor from the "
                                  "body, a next URL from the body, or the Link header. Reading stops at a page "
                                  "without records or without a next page."));
    paging.choices = PagingChoices;
    paging.defaultValue = PagingChoices.first();
    ConfigField pageParam = textField(u"page_param"_s, tr("Page parameter"), tr("page_number: the parameter of the page number."), u"page"_s);
    ConfigField startPage = integerField(u"start_page"_s, tr("First page"), 1, 0, 1000000,
                                         tr("page_number: the number of the first page (0 or 1)."));
    ConfigField pageSizeParam = textField(u"page_size_param"_s, tr("Page size parameter"),
                                          tr("page_number: the parameter of the page size, e.g. per_page (optional)."));
    ConfigField pageSize = integerField(u"page_size"_s, tr("Page size / limit"), DefaultPageSize, 1, 1000000,
                                        tr("Records per page: sent as the page size or the limit."));
    ConfigField offsetParam = textField(u"offset_param"_s, tr("Offset parameter"), tr("offset_limit: the parameter of the offset."), u"offset"_s);
    ConfigField limitParam = textField(u"limit_param"_s, tr("Limit parameter"), tr("offset_limit: the parameter of the limit."), u"limit"_s);
    ConfigField cursorPath = textField(u"cursor_path"_s, tr("Cursor path"),
                                       tr("cursor: dotted path to the next cursor in the response, e.g. meta.next_cursor."));
    ConfigField cursorParam = textField(u"cursor_param"_s, tr("Cursor parameter"),
                                        tr("cursor: the parameter the cursor is sent back in, e.g. cursor."));
    ConfigField nextUrlPath = textField(u"next_url_path"_s, tr("Next URL path"),
                                        tr("next_url: dotted path to the next page's URL in the response, e.g. links.next."));

    ConfigField sinceParam = textField(u"since_param"_s, tr("Incremental parameter"),
                                       tr("The query parameter that selects records changed since a value, e.g. updated_since."));
    ConfigField sinceValue = textField(u"since_value"_s, tr("Incremental lower bound"),
                                       tr("Sent as the incremental parameter when set, e.g. 2026-01-01T00:00:00Z."));

    ConfigField retries = integerField(u"max_retries"_s, tr("Retries"), DefaultMaxRetries, 0, 20,
                                       tr("How often a request is retried after a timeout, a dropped connection, "
                                          "HTTP 429 or a 5xx error."));
    ConfigField timeout = integerField(u"timeout"_s, tr("Timeout (s)"), DefaultTimeoutSeconds, 1, 3600,
                                       tr("The longest a single request may take."));
    ConfigField retryDelay = integerField(u"retry_delay_ms"_s, tr("First retry delay (ms)"), DefaultRetryDelayMs, 1, 600000,
                                          tr("Doubles with every retry, with random jitter; a Retry-After header wins."));
    ConfigField rate = textField(u"requests_per_second"_s, tr("Requests per second"),
                                 tr("The most requests per second to send, e.g. 2 or 0.5 (empty: no limit)."));

    return {baseUrl, endpoint, method, headers, query, body, records, flatten,
            auth, apiKeyName, apiKey, user, password, token, tokenUrl, clientId, clientSecret, scope, refreshToken,
            paging, pageParam, startPage, pageSizeParam, pageSize, offsetParam, limitParam, cursorPath, cursorParam,
            nextUrlPath, sinceParam, sinceValue, retries, timeout, retryDelay, rate};
}

Result<RestSettings> RestSettings::from(const ConnectionSettings &settings)
{
    RestSettings s;
    s.sourceName = settings.sourceName;
    const auto fail = [&](const QString &cause) { return Error(tr("Source '%1': %2").arg(settings.sourceName, cause)); };
    const auto text = [&](const char *key) { return settings.value(QString::fromLatin1(key)).trimmed(); };
    const auto secret = [&](const char *key) { return settings.secrets.value(QString::fromLatin1(key)); };
    QString problem;
    const auto integer = [&](const char *key, const QString &label, int fallback, int minimum, int maximum) {
        const QString value = text(key);
        if (value.isEmpty())
            return fallback;
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < minimum || n > maximum) {
            if (problem.isEmpty())
                problem = tr("%1 must be a whole number from %2 to %3, not '%4'.")
                              .arg(label, QString::number(minimum), QString::number(maximum), value);
            return fallback;
        }
        return n;
    };

    // The URL: base + endpoint, joined by exactly one slash.
    const QString base = text("base_url");
    if (base.isEmpty())
        return fail(tr("the base URL is not set."));
    QString endpoint = text("endpoint");
    QString joined = base;
    if (!endpoint.isEmpty()) {
        if (endpoint.startsWith(u"http://"_s, Qt::CaseInsensitive) || endpoint.startsWith(u"https://"_s, Qt::CaseInsensitive))
            joined = endpoint;
        else
            joined = (base.endsWith(QLatin1Char('/')) ? base.chopped(1) : base) + QLatin1Char('/')
                + (endpoint.startsWith(QLatin1Char('/')) ? endpoint.mid(1) : endpoint);
    }
    s.url = QUrl(joined, QUrl::StrictMode);
    const QString scheme = s.url.scheme().toLower();
    if (!s.url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || s.url.host().isEmpty())
        return fail(tr("'%1' is not an http:// or https:// URL.").arg(s.displayUrl(QUrl(joined))));

    const QString method = text("method").toUpper();
    if (!method.isEmpty() && method != u"GET"_s && method != u"POST"_s)
        return fail(tr("the method must be GET or POST, not '%1'.").arg(method));
    s.method = method == u"POST"_s ? "POST" : "GET";

    const QStringList headerLines = settings.value(u"headers"_s).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < headerLines.size(); ++i) {
        const QString line = headerLines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? QString() : line.left(colon).trimmed();
        if (name.isEmpty() || name.contains(QLatin1Char(' ')))
            return fail(tr("line %1 of the extra headers is not 'Name: value'.").arg(i + 1));
        s.headers.append({name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    const QStringList queryLines = settings.value(u"query"_s).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < queryLines.size(); ++i) {
        const QString line = queryLines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(tr("line %1 of the query parameters is not 'key=value'.").arg(i + 1));
        s.query.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    s.body = settings.value(u"body"_s).toUtf8();
    if (!s.body.trimmed().isEmpty() && s.method != "POST")
        return fail(tr("a request body is only sent with the POST method."));
    s.recordsPath = dottedPath(text("records_path"));
    s.flattenDepth = integer("flatten_depth", tr("the flatten depth"), DefaultFlattenDepth, 0, 64);

    const QString auth = text("auth").toLower();
    const qsizetype authIndex = auth.isEmpty() ? 0 : AuthChoices.indexOf(auth);
    if (authIndex < 0)
        return fail(tr("unknown authentication '%1' (expected one of %2).").arg(auth, AuthChoices.join(u", "_s)));
    s.auth = RestAuth(authIndex);
    s.apiKeyName = text("api_key_name");
    s.apiKey = secret("api_key");
    s.user = text("username");
    s.password = secret("password");
    s.token = secret("token");
    s.tokenUrl = QUrl(text("token_url"), QUrl::StrictMode);
    s.clientId = text("client_id");
    s.clientSecret = secret("client_secret");
    s.scope = text("scope");
    s.refreshToken = secret("refresh_token");
    switch (s.auth) {
    case RestAuth::None: break;
    case RestAuth::ApiKeyHeader:
    case RestAuth::ApiKeyQuery:
        if (s.apiKeyName.isEmpty())
            s.apiKeyName = s.auth == RestAuth::ApiKeyHeader ? u"X-API-Key"_s : u"api_key"_s;
        if (s.apiKey.isEmpty())
            return fail(tr("the API key is not set (authentication %1).").arg(auth));
        break;
    case RestAuth::Basic:
        if (s.user.isEmpty())
            return fail(tr("the user name for basic authentication is not set."));
        break;
    case RestAuth::Bearer:
        if (s.token.isEmpty())
            return fail(tr("the bearer token is not set."));
        break;
    case RestAuth::OAuthClientCredentials:
    case RestAuth::OAuthRefreshToken: {
        const QString tokenScheme = s.tokenUrl.scheme().toLower();
        if (!s.tokenUrl.isValid() || s.tokenUrl.host().isEmpty() || (tokenScheme != u"http"_s && tokenScheme != u"https"_s))
            return fail(tr("the OAuth token URL is not set or not an http(s) URL."));
        if (s.clientId.isEmpty())
            return fail(tr("the OAuth client ID is not set."));
        if (s.auth == RestAuth::OAuthClientCredentials && s.clientSecret.isEmpty())
            return fail(tr("the OAuth client secret is not set."));
        if (s.auth == RestAuth::OAuthRefreshToken && s.refreshToken.isEmpty())
            return fail(tr("the OAuth refresh token is not set."));
        break;
    }
    }

    const QString paging = text("pagination").toLower();
    const qsizetype pagingIndex = paging.isEmpty() ? 0 : PagingChoices.indexOf(paging);
    if (pagingIndex < 0)
        return fail(tr("unknown pagination '%1' (expected one of %2).").arg(paging, PagingChoices.join(u", "_s)));
    s.paging = RestPaging(pagingIndex);
    s.pageParam = settings.value(u"page_param"_s, u"page"_s).trimmed();
    s.startPage = integer("start_page", tr("the first page"), 1, 0, 1000000);
    s.pageSizeParam = text("page_size_param");
    s.pageSize = integer("page_size", tr("the page size"), DefaultPageSize, 1, 1000000);
    s.offsetParam = settings.value(u"offset_param"_s, u"offset"_s).trimmed();
    s.limitParam = settings.value(u"limit_param"_s, u"limit"_s).trimmed();
    s.cursorPath = dottedPath(text("cursor_path"));
    s.cursorParam = text("cursor_param");
    s.nextUrlPath = dottedPath(text("next_url_path"));
    if (s.paging == RestPaging::Cursor && (s.cursorPath.isEmpty() || s.cursorParam.isEmpty()))
        return fail(tr("cursor pagination needs the cursor path and the cursor parameter."));
    if (s.paging == RestPaging::NextUrl && s.nextUrlPath.isEmpty())
        return fail(tr("next URL pagination needs the path of the next URL in the response."));

    s.sinceParam = text("since_param");
    s.sinceValue = text("since_value");

    s.maxRetries = integer("max_retries", tr("the number of retries"), DefaultMaxRetries, 0, 20);
    s.timeoutMs = integer("timeout", tr("the timeout"), DefaultTimeoutSeconds, 1, 3600) * 1000;
    s.retryDelayMs = integer("retry_delay_ms", tr("the first retry delay"), DefaultRetryDelayMs, 1, 600000);
    if (!problem.isEmpty())
        return fail(problem);
    const QString rate = text("requests_per_second");
    if (!rate.isEmpty()) {
        bool ok = false;
        s.requestsPerSecond = rate.toDouble(&ok);
        if (!ok || !std::isfinite(s.requestsPerSecond) || s.requestsPerSecond <= 0)
            return fail(tr("requests per second must be a positive number such as 2 or 0.5, not '%1'.").arg(rate));
    }
    return s;
}

QString RestSettings::describeSource() const
{
    return tr("source '%1'").arg(sourceName);
}

QString RestSettings::streamName() const
{
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return url.host();
    QString last = segments.last();
    const qsizetype dot = last.lastIndexOf(QLatin1Char('.'));
    if (dot > 0)
        last.truncate(dot); // orders.json -> orders
    return last;
}

QByteArray RestSettings::fingerprint() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << url.toString(QUrl::FullyEncoded) << method << body << recordsPath << qint32(flattenDepth)
        << qint32(paging) << pageParam << qint32(startPage) << pageSizeParam << qint32(pageSize) << offsetParam
        << limitParam << cursorPath << cursorParam << nextUrlPath << sinceParam << sinceValue;
    for (const auto &[key, value] : query)
        out << key << value;
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32);
}

QStringList RestSettings::secretValues() const
{
    QStringList values;
    for (const QString &s : {apiKey, password, token, clientSecret, refreshToken})
        if (!s.isEmpty())
            values << s;
    return values;
}

QString RestSettings::scrub(const QString &text, const QStringList &more) const
{
    QString result = text;
    // Longest first, so a secret that contains another is masked whole.
    QStringList secrets = secretValues() + more;
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(secrets)) {
        // Very short values would mask ordinary words; no real secret is that short.
        if (secret.size() < 4)
            continue;
        result.replace(secret, Mask);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            result.replace(encoded, Mask);
    }
    return result;
}

QUrl RestSettings::withoutSecrets(const QUrl &url) const
{
    QUrl clean = url;
    clean.setUserInfo(QString());
    QList<std::pair<QString, QString>> items = encodedItems(clean);
    const QStringList secrets = secretValues();
    const qsizetype before = items.size();
    items.removeIf([&](const auto &item) {
        return (auth == RestAuth::ApiKeyQuery && decoded(item.first) == apiKeyName)
            || secrets.contains(decoded(item.second));
    });
    if (items.size() != before)
        setEncodedItems(clean, items);
    return clean;
}

QString RestSettings::displayUrl(const QUrl &url) const
{
    QUrl shown = url;
    shown.setUserInfo(QString());
    QList<std::pair<QString, QString>> items = encodedItems(shown);
    bool masked = false;
    for (auto &[key, value] : items) {
        const QString name = decoded(key);
        const bool secretName = SecretParamNames.contains(name, Qt::CaseInsensitive)
            || (auth == RestAuth::ApiKeyQuery && name == apiKeyName);
        if (secretName && !value.isEmpty()) {
            value = Mask;
            masked = true;
        }
    }
    if (masked)
        setEncodedItems(shown, items);
    return scrub(shown.toString(QUrl::RemoveUserInfo));
}

} // namespace miq
