#include "connectors/connectorregistry.h"
#include "connectors/rest/restconnector.h"
#include "connectors/rest/restpaging.h"
#include "connectors/rest/restretry.h"
#include "connectors/rest/reststreamreader.h"

#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <mutex>
#include <thread>

using namespace miq;
using namespace miq::test;
using namespace Qt::StringLiterals;

namespace {

const QString Null = u"<null>"_s;
constexpr int Records = 23;
constexpr int PageSize = 5;

// Secrets of the protected endpoints: none may ever show up in a message.
const QString ApiKey = u"key-7f3a9c2e51"_s;
const QString Password = u"pw-s3cr3t-Basic"_s;
const QString BearerToken = u"bearer-9d8c7b6a"_s;
const QString ClientSecret = u"client-secret-44e1"_s;
const QString RefreshToken = u"refresh-abcdef123"_s;

// Record i (1-based) as an API writes it, keys in this order: nested object, array, number;
// record 8 has a key the other records lack. (QJsonObject would sort the keys.)
QByteArray itemJson(int i)
{
    QByteArray json = "{\"id\":" + QByteArray::number(i) + ",\"name\":\"Item " + QByteArray::number(i)
        + "\",\"address\":{\"city\":\"City " + QByteArray::number(i % 3) + "\"},\"tags\":[\"a\",\"b\"],\"price\":"
        + QByteArray::number(i * 1.5);
    if (i == 8)
        json += ",\"note\":\"late \\\"key\\\"\"";
    return json + '}';
}

QByteArray itemsJson(int from, int count)
{
    QByteArrayList items;
    for (int i = from; i < std::min(Records, from + count); ++i)
        items << itemJson(i + 1);
    return '[' + items.join(',') + ']';
}

QByteArray wrap(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}


struct ReadResult
{
    bool opened = false;
    QString error;
    QStringList columns;
    QList<QStringList> rows;
    QList<BadRecord> bad;
    QByteArray lastToken;
};

QStringList rowOf(const RecordBatch &batch, std::int64_t r)
{
    QStringList row;
    for (const Column &c : batch.columns)
        row << (c.isNull(r) ? Null : c.displayText(r));
    return row;
}

// Reads the stream; stops after `maxBatches` batches (0 = all) and keeps the token after the last.
ReadResult readAll(const ConnectionSettings &settings, ReadOptions options = {}, int maxBatches = 0)
{
    ReadResult result;
    RestConnector connector(settings);
    auto reader = connector.openStream(QString(), options);
    if (!reader) {
        result.error = reader.error();
        return result;
    }
    result.opened = true;
    for (const Field &f : *(*reader)->schema())
        result.columns << f.name;
    RecordBatch batch;
    for (int batches = 0; maxBatches == 0 || batches < maxBatches; ++batches) {
        auto more = (*reader)->next(batch);
        result.bad += (*reader)->takeBadRecords();
        if (!more) {
            result.error = more.error();
            break;
        }
        for (std::int64_t r = 0; r < batch.rowCount; ++r)
            result.rows << rowOf(batch, r);
        result.lastToken = (*reader)->resumeToken();
        if (!*more)
            break;
    }
    return result;
}

QList<int> ids(const ReadResult &result)
{
    QList<int> list;
    for (const QStringList &row : result.rows)
        list << row.value(0).toInt();
    return list;
}

QList<int> range(int from, int to)
{
    QList<int> list;
    for (int i = from; i <= to; ++i)
        list << i;
    return list;
}

} // namespace

class tst_RestConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void pagination_data();
    void pagination();
    void recordsShapes_data();
    void recordsShapes();
    void badRecordIsQuarantined();
    void requestSettingsAreSent();
    void incrementalParameter();
    void compressedResponse();

    void authentication_data();
    void authentication();
    void oauthRenewsExpiredTokens();
    void oauthRenewsTokenOnceOn401();
    void oauthRefreshTokenGrant();
    void oauthWrongClientSecret();

    void retryAfter429();
    void serverErrorIsRetried();
    void serverErrorMidPaginationNamesThePage();
    void badResponses_data();
    void badResponses();
    void networkFailures_data();
    void networkFailures();
    void cancelInterruptsRetryAfterWait();
    void cancelInterruptsHangingRequest();

    void resumeInsidePage();
    void resumeAtPageBoundary();
    void resumeRefusesOtherSettings();

    void checkConnectionAndDiscover();
    void invalidSettings_data();
    void invalidSettings();
    void retryAfterParsing();
    void linkHeaderParsing();
    void registeredAsBuiltin();

private:
    ConnectionSettings settingsFor(const QString &path, const QVariantMap &extra = {}) const;
    void verifyNoSecrets(const QString &message) const;
    QString tokenUrl() const { return m_server.baseUrl() + u"/oauth/token"_s; }

    TestHttpServer m_server;
    std::atomic_int m_oauthUsesPerToken{1000};
    std::atomic_int m_oauthExpiresIn{3600};
    std::atomic_int m_tokensIssued{0};
    std::atomic_int m_flakyCalls{0};
    mutable std::mutex m_tokenMutex;
    QMap<QString, int> m_tokenUses; // issued access token -> uses left
};

ConnectionSettings tst_RestConnector::settingsFor(const QString &path, const QVariantMap &extra) const
{
    ConnectionSettings settings;
    settings.sourceName = u"Shop API"_s;
    settings.values = extra;
    settings.values.insert(u"base_url"_s, m_server.baseUrl());
    settings.values.insert(u"endpoint"_s, path);
    // Fast failures: the tests that exercise retries set their own.
    if (!settings.values.contains(u"retry_delay_ms"_s))
        settings.values.insert(u"retry_delay_ms"_s, 10);
    return settings;
}

void tst_RestConnector::verifyNoSecrets(const QString &message) const
{
    for (const QString &secret : {ApiKey, Password, BearerToken, ClientSecret, RefreshToken, u"access-"_s})
        QVERIFY2(!message.contains(secret), qPrintable(u"a secret in: "_s + message));
}

void tst_RestConnector::initTestCase()
{
    TestHttpServer &s = m_server;
    // Records at the top level, all in one response.
    s.route("/items/none", [](const HttpRequest &) { return HttpResponse::json(itemsJson(0, Records)); });
    // ?page=1.. &per_page=N; pages past the end are empty.
    s.route("/items/page", [](const HttpRequest &r) {
        const int size = r.param("per_page").toInt();
        return HttpResponse::json(itemsJson((r.param("page").toInt() - 1) * size, size));
    });
    // ?offset=&limit=, records at data.items.
    s.route("/items/offset", [](const HttpRequest &r) {
        return HttpResponse::json("{\"data\":{\"items\":" + itemsJson(r.param("offset").toInt(), r.param("limit").toInt()) + "}}");
    });
    // A cursor in meta.next_cursor (after the records), null on the last page.
    s.route("/items/cursor", [](const HttpRequest &r) {
        const int start = r.hasParam("cursor") ? r.param("cursor").mid(1).toInt() : 0;
        const QByteArray next = start + PageSize < Records ? QByteArray("\"c" + QByteArray::number(start + PageSize) + '"')
                                                           : QByteArray("null");
        return HttpResponse::json("{\"items\":" + itemsJson(start, PageSize) + ",\"meta\":{\"next_cursor\":" + next + "}}");
    });
    // The next page's URL in links.next: absolute from the first page, relative afterwards.
    s.route("/items/nexturl", [this](const HttpRequest &r) {
        const int start = r.param("start").toInt();
        QJsonObject links;
        if (start + PageSize < Records)
            links.insert(u"next"_s, start == 0 ? m_server.baseUrl() + u"/items/nexturl?start=%1"_s.arg(start + PageSize)
                                               : u"nexturl?start=%1"_s.arg(start + PageSize));
        return HttpResponse::json("{\"links\":" + wrap(links) + ",\"results\":" + itemsJson(start, PageSize) + '}');
    });
    // RFC 8288 Link header.
    s.route("/items/link", [this](const HttpRequest &r) {
        const int start = r.param("start").toInt();
        HttpResponse response = HttpResponse::json(itemsJson(start, PageSize));
        QByteArray link = "<" + m_server.baseUrl().toUtf8() + "/items/link?start=0>; rel=\"first\"";
        if (start + PageSize < Records)
            link += ", </items/link?start=" + QByteArray::number(start + PageSize) + ">; rel=\"next\"";
        response.headers.append({"Link", link});
        return response;
    });

    s.route("/shapes/single", [](const HttpRequest &) { return HttpResponse::json(R"({"id": 1, "name": "one"})"); });
    s.route("/shapes/nested", [](const HttpRequest &) {
        return HttpResponse::json(R"({"meta": {"count": 2}, "data": {"items": [{"id": 1}, {"id": 2}]}})");
    });
    s.route("/shapes/null", [](const HttpRequest &) { return HttpResponse::json(R"({"data": {"items": null}})"); });
    s.route("/shapes/object", [](const HttpRequest &) { return HttpResponse::json(R"({"data": {"items": {"id": 1}}})"); });
    s.route("/shapes/empty", [](const HttpRequest &) { return HttpResponse::json("", 204); });
    s.route("/shapes/bad", [](const HttpRequest &) { return HttpResponse::json(R"([{"id": 1}, 42, {"id": 3}])"); });

    // Echoes what arrived: method, body, a header and a query parameter with '+' and a space.
    s.route("/search", [](const HttpRequest &r) {
        QJsonObject echo{{u"method"_s, QString::fromLatin1(r.method)},
                         {u"body"_s, QString::fromUtf8(r.body)},
                         {u"trace"_s, QString::fromUtf8(r.header("x-trace"))},
                         {u"region"_s, r.param("region")},
                         {u"since"_s, r.hasParam("updated_since") ? QJsonValue(r.param("updated_since")) : QJsonValue()}};
        return HttpResponse::json(QJsonDocument(QJsonArray{echo}).toJson());
    });
    s.route("/compressed", [](const HttpRequest &) {
        HttpResponse response = HttpResponse::json(itemsJson(0, Records));
        response.deflate = true;
        return response;
    });

    // Protected endpoints.
    const auto unauthorized = [] { return HttpResponse::json(R"({"error": "unauthorized"})", 401); };
    s.route("/secure/header", [=](const HttpRequest &r) {
        return r.header("x-shop-key") == ApiKey.toUtf8() ? HttpResponse::json(itemsJson(0, 3)) : unauthorized();
    });
    s.route("/secure/query", [=](const HttpRequest &r) {
        // A careless API that echoes the key it got: the connector must mask it.
        if (r.param("key") != ApiKey)
            return HttpResponse::json("{\"error\": \"invalid key '" + r.param("key").toUtf8() + "'\"}", 401);
        return HttpResponse::json(itemsJson(0, 3));
    });
    s.route("/secure/basic", [=](const HttpRequest &r) {
        const QByteArray expected = "Basic " + (u"ann:"_s + Password).toUtf8().toBase64();
        return r.header("authorization") == expected ? HttpResponse::json(itemsJson(0, 3)) : unauthorized();
    });
    s.route("/secure/bearer", [=](const HttpRequest &r) {
        return r.header("authorization") == "Bearer " + BearerToken.toUtf8() ? HttpResponse::json(itemsJson(0, 3))
                                                                             : unauthorized();
    });
    // OAuth 2.0: tokens that expire after m_oauthUsesPerToken requests.
    s.route("/oauth/token", [this](const HttpRequest &r) {
        const QString grant = r.formField("grant_type");
        const bool clientOk = r.formField("client_id") == u"shop-client"_s
            && (grant == u"refresh_token"_s ? true : r.formField("client_secret") == ClientSecret);
        const bool grantOk = grant == u"client_credentials"_s
            || (grant == u"refresh_token"_s && r.formField("refresh_token") == RefreshToken);
        if (!clientOk || !grantOk)
            return HttpResponse::json(R"({"error": "invalid_client", "error_description": "unknown client or secret"})", 401);
        const QString token = u"access-%1-5f2e"_s.arg(++m_tokensIssued);
        {
            std::lock_guard lock(m_tokenMutex);
            m_tokenUses.insert(token, m_oauthUsesPerToken);
        }
        return HttpResponse::json(wrap({{u"access_token"_s, token},
                                        {u"token_type"_s, u"Bearer"_s},
                                        {u"expires_in"_s, int(m_oauthExpiresIn)}}));
    });
    s.route("/secure/oauth", [this](const HttpRequest &r) {
        const QString token = QString::fromUtf8(r.header("authorization").mid(7));
        {
            std::lock_guard lock(m_tokenMutex);
            auto it = m_tokenUses.find(token);
            if (it == m_tokenUses.end() || *it <= 0)
                return HttpResponse::json(R"({"error": "invalid_token"})", 401);
            --*it;
        }
        return HttpResponse::json(itemsJson((r.param("page").toInt() - 1) * 2, 2));
    });

    // Failures.
    s.route("/flaky/429", [this](const HttpRequest &) {
        if (m_flakyCalls++ % 2 == 0) {
            HttpResponse busy = HttpResponse::json(R"({"error": "slow down"})", 429);
            busy.headers.append({QByteArray("Retry-After"), QByteArray("1")});
            return busy;
        }
        return HttpResponse::json(itemsJson(0, 3));
    });
    s.route("/flaky/500once", [this](const HttpRequest &) {
        if (m_flakyCalls++ % 2 == 0)
            return HttpResponse::json(R"({"error": "oops"})", 500);
        return HttpResponse::json(itemsJson(0, 3));
    });
    s.route("/flaky/page3", [](const HttpRequest &r) {
        const int page = r.param("page").toInt();
        if (page == 3)
            return HttpResponse::json(R"({"error": "database unavailable"})", 500);
        return HttpResponse::json(itemsJson((page - 1) * PageSize, PageSize));
    });
    s.route("/busy", [](const HttpRequest &) {
        HttpResponse busy = HttpResponse::json(R"({"error": "come back later"})", 503);
        busy.headers.append({QByteArray("Retry-After"), QByteArray("120")});
        return busy;
    });
    s.route("/html", [](const HttpRequest &) {
        HttpResponse page;
        page.contentType = "text/html; charset=utf-8";
        page.body = "<!DOCTYPE html>\n<html><head><title>Login</title></head><body><h1>Please sign in to continue "
                    "to the shop administration</h1></body></html>";
        return page;
    });
    s.route("/invalid", [](const HttpRequest &) { return HttpResponse::json(R"([{"id": 1}, {"id": 2,, "x": 3}])"); });
    s.route("/forbidden", [](const HttpRequest &) { return HttpResponse::json(R"({"error": "read-only key"})", 403); });
    s.route("/wrongpath", [](const HttpRequest &) { return HttpResponse::json(R"({"data": {"rows": []}})"); });
    s.route("/hang", [](const HttpRequest &) {
        HttpResponse never;
        never.hang = true;
        return never;
    });
    QVERIFY(m_server.start());
}

void tst_RestConnector::pagination_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<int>("requests");

    QTest::newRow("none") << u"items/none"_s << QVariantMap{} << 1;
    QTest::newRow("page number") << u"items/page"_s
                                 << QVariantMap{{u"pagination"_s, u"page_number"_s},
                                                {u"page_size_param"_s, u"per_page"_s},
                                                {u"page_size"_s, PageSize}}
                                 << 6; // five pages and an empty one
    QTest::newRow("offset limit") << u"items/offset"_s
                                  << QVariantMap{{u"pagination"_s, u"offset_limit"_s},
                                                 {u"records_path"_s, u"data.items"_s},
                                                 {u"page_size"_s, PageSize}}
                                  << 6;
    QTest::newRow("cursor") << u"items/cursor"_s
                            << QVariantMap{{u"pagination"_s, u"cursor"_s},
                                           {u"records_path"_s, u"items"_s},
                                           {u"cursor_path"_s, u"meta.next_cursor"_s},
                                           {u"cursor_param"_s, u"cursor"_s}}
                            << 5;
    QTest::newRow("next url") << u"items/nexturl"_s
                              << QVariantMap{{u"pagination"_s, u"next_url"_s},
                                             {u"records_path"_s, u"results"_s},
                                             {u"next_url_path"_s, u"links.next"_s}}
                              << 5;
    QTest::newRow("link header") << u"items/link"_s << QVariantMap{{u"pagination"_s, u"link_header"_s}} << 5;
}

void tst_RestConnector::pagination()
{
    QFETCH(QString, path);
    QFETCH(QVariantMap, values);
    QFETCH(int, requests);

    const int before = m_server.hits(u"/"_s.append(path).toUtf8());
    ReadOptions options;
    options.batchRows = 7; // batches that straddle pages
    const ReadResult result = readAll(settingsFor(path, values), options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QStringList columns{u"id"_s, u"name"_s, u"address.city"_s, u"tags"_s, u"price"_s, u"_extra_fields"_s};
    const bool onePage = requests == 1;
    if (onePage)
        columns.insert(5, u"note"_s); // record 8 is on the first page: its key is a column
    QCOMPARE(result.columns, columns);
    QCOMPARE(ids(result), range(1, Records));
    QStringList first{u"1"_s, u"Item 1"_s, u"City 1"_s, uR"(["a","b"])"_s, u"1.5"_s, Null};
    if (onePage)
        first << Null;
    QCOMPARE(result.rows.at(0), first);
    if (onePage) {
        QCOMPARE(result.rows.at(7).at(5), uR"(late "key")"_s);
        QCOMPARE(result.rows.at(7).last(), Null);
    } else {
        // A key the first page did not have is kept, as JSON, in the last column.
        QCOMPARE(result.rows.at(7).last(), uR"({"note":"late \"key\""})"_s);
    }
    QCOMPARE(result.rows.at(22).at(4), u"34.5"_s);
    QVERIFY(result.bad.isEmpty());
    QCOMPARE(m_server.hits(u"/"_s.append(path).toUtf8()) - before, requests);
}

void tst_RestConnector::recordsShapes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("recordsPath");
    QTest::addColumn<QStringList>("firstRow");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("error");

    QTest::newRow("top-level object") << u"shapes/single"_s << QString() << QStringList{u"1"_s, u"one"_s, Null} << 1 << QString();
    QTest::newRow("nested array") << u"shapes/nested"_s << u"data.items"_s << QStringList{u"1"_s, Null} << 2 << QString();
    QTest::newRow("null records") << u"shapes/null"_s << u"data.items"_s << QStringList() << 0 << QString();
    QTest::newRow("empty body") << u"shapes/empty"_s << QString() << QStringList() << 0 << QString();
    QTest::newRow("not an array") << u"shapes/object"_s << u"data.items"_s << QStringList() << 0
                                  << u"'data.items' holds a JSON object, not an array of records"_s;
    QTest::newRow("path not found") << u"wrongpath"_s << u"data.items"_s << QStringList() << 0
                                    << u"there is no 'data.items' in the response (check the records path)"_s;
    QTest::newRow("array expected at top") << u"shapes/nested"_s << u"meta.count"_s << QStringList() << 0
                                           << u"'meta.count' holds a JSON number, not an array of records"_s;
}

void tst_RestConnector::recordsShapes()
{
    QFETCH(QString, path);
    QFETCH(QString, recordsPath);
    QFETCH(QStringList, firstRow);
    QFETCH(int, rows);
    QFETCH(QString, error);

    const ReadResult result = readAll(settingsFor(path, {{u"records_path"_s, recordsPath}}));
    if (!error.isEmpty()) {
        QVERIFY(!result.opened);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"source 'Shop API'"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(m_server.baseUrl() + u"/"_s + path), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows.size(), rows);
    if (rows > 0)
        QCOMPARE(result.rows.first(), firstRow);
}

void tst_RestConnector::badRecordIsQuarantined()
{
    const ReadResult result = readAll(settingsFor(u"shapes/bad"_s));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(ids(result), QList<int>({1, 3}));
    QCOMPARE(result.bad.size(), 1);
    QCOMPARE(result.bad.first().recordNumber, 1);
    QCOMPARE(result.bad.first().raw, QByteArray("42"));
    QCOMPARE(result.bad.first().location, u"page 1"_s);
    QCOMPARE(result.bad.first().reason, u"expected a JSON object but found a JSON number"_s);
}

void tst_RestConnector::requestSettingsAreSent()
{
    const ReadResult result = readAll(settingsFor(u"search"_s, {{u"method"_s, u"POST"_s},
                                                                {u"body"_s, uR"({"q": "shoes"})"_s},
                                                                {u"headers"_s, u"X-Trace: abc-1\n\nAccept-Language: en"_s},
                                                                {u"query"_s, u"region=eu west+1"_s}}));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    // QJsonObject writes the keys in alphabetical order.
    QCOMPARE(result.columns, QStringList({u"body"_s, u"method"_s, u"region"_s, u"since"_s, u"trace"_s, u"_extra_fields"_s}));
    QCOMPARE(result.rows.value(0), QStringList({uR"({"q": "shoes"})"_s, u"POST"_s, u"eu west+1"_s, Null, u"abc-1"_s, Null}));
}

void tst_RestConnector::incrementalParameter()
{
    const QVariantMap values{{u"since_param"_s, u"updated_since"_s}, {u"since_value"_s, u"2026-01-01T00:00:00+01:00"_s}};
    const ReadResult result = readAll(settingsFor(u"search"_s, values));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows.value(0).value(3), u"2026-01-01T00:00:00+01:00"_s);
    // Without a value the parameter is not sent.
    const ReadResult without = readAll(settingsFor(u"search"_s, {{u"since_param"_s, u"updated_since"_s}}));
    QCOMPARE(without.rows.value(0).value(3), Null);
}

void tst_RestConnector::compressedResponse()
{
    const ReadResult result = readAll(settingsFor(u"compressed"_s));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(ids(result), range(1, Records));
    const QList<HttpRequest> requests = m_server.requests();
    QVERIFY(requests.last().header("accept-encoding").contains("deflate"));
}

void tst_RestConnector::authentication_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("secret");

    QTest::newRow("api key header") << u"secure/header"_s
                                    << QVariantMap{{u"auth"_s, u"api_key_header"_s}, {u"api_key_name"_s, u"X-Shop-Key"_s}}
                                    << u"api_key"_s << ApiKey;
    QTest::newRow("api key query") << u"secure/query"_s
                                   << QVariantMap{{u"auth"_s, u"api_key_query"_s}, {u"api_key_name"_s, u"key"_s}}
                                   << u"api_key"_s << ApiKey;
    QTest::newRow("basic") << u"secure/basic"_s << QVariantMap{{u"auth"_s, u"basic"_s}, {u"username"_s, u"ann"_s}}
                           << u"password"_s << Password;
    QTest::newRow("bearer") << u"secure/bearer"_s << QVariantMap{{u"auth"_s, u"bearer"_s}} << u"token"_s << BearerToken;
}

void tst_RestConnector::authentication()
{
    QFETCH(QString, path);
    QFETCH(QVariantMap, values);
    QFETCH(QString, secretKey);
    QFETCH(QString, secret);

    ConnectionSettings settings = settingsFor(path, values);
    settings.secrets.insert(secretKey, secret);
    const ReadResult good = readAll(settings);
    QVERIFY2(good.error.isEmpty(), qPrintable(good.error));
    QCOMPARE(ids(good), QList<int>({1, 2, 3}));

    // Wrong credentials: 401, named as such, the secret nowhere in the message.
    settings.secrets.insert(secretKey, secret + u"-wrong"_s);
    const ReadResult wrong = readAll(settings);
    QVERIFY(!wrong.opened);
    QVERIFY2(wrong.error.contains(u"HTTP 401"_s), qPrintable(wrong.error));
    QVERIFY2(wrong.error.contains(u"refused the credentials"_s), qPrintable(wrong.error));
    QVERIFY2(wrong.error.contains(u"source 'Shop API'"_s), qPrintable(wrong.error));
    verifyNoSecrets(wrong.error);
    QVERIFY2(!wrong.error.contains(secret), qPrintable(wrong.error));

    // No authentication at all.
    const ReadResult none = readAll(settingsFor(path));
    QVERIFY2(none.error.contains(u"the API needs authentication"_s), qPrintable(none.error));
}

void tst_RestConnector::oauthRenewsExpiredTokens()
{
    // Tokens that expire at once: a new one before every request.
    m_oauthExpiresIn = 0;
    m_oauthUsesPerToken = 1000;
    const int issued = m_tokensIssued;
    ConnectionSettings settings = settingsFor(u"secure/oauth"_s, {{u"auth"_s, u"oauth_client_credentials"_s},
                                                                  {u"token_url"_s, tokenUrl()},
                                                                  {u"client_id"_s, u"shop-client"_s},
                                                                  {u"pagination"_s, u"page_number"_s}});
    settings.secrets.insert(u"client_secret"_s, ClientSecret);
    const ReadResult result = readAll(settings);
    m_oauthExpiresIn = 3600;
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(ids(result), range(1, Records));
    const int pages = (Records + 1) / 2 + 1; // 12 pages of two and the empty one
    QCOMPARE(m_tokensIssued - issued, pages);
}

void tst_RestConnector::oauthRenewsTokenOnceOn401()
{
    // Long-lived tokens the API stops accepting after three requests: renewed on the 401.
    m_oauthUsesPerToken = 3;
    const int issued = m_tokensIssued;
    const qsizetype requestsBefore = m_server.requests().size();
    ConnectionSettings settings = settingsFor(u"secure/oauth"_s, {{u"auth"_s, u"oauth_client_credentials"_s},
                                                                  {u"token_url"_s, tokenUrl()},
                                                                  {u"client_id"_s, u"shop-client"_s},
                                                                  {u"scope"_s, u"read:items"_s},
                                                                  {u"pagination"_s, u"page_number"_s}});
    settings.secrets.insert(u"client_secret"_s, ClientSecret);
    const ReadResult result = readAll(settings);
    m_oauthUsesPerToken = 1000;
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(ids(result), range(1, Records));
    QCOMPARE(m_tokensIssued - issued, 5); // 13 requests, three per token
    const QList<HttpRequest> requests = m_server.requests().mid(requestsBefore);
    for (const HttpRequest &r : requests)
        if (r.path == "/oauth/token")
            QCOMPARE(r.formField("scope"), u"read:items"_s);
}

void tst_RestConnector::oauthRefreshTokenGrant()
{
    ConnectionSettings settings = settingsFor(u"secure/oauth"_s, {{u"auth"_s, u"oauth_refresh_token"_s},
                                                                  {u"token_url"_s, tokenUrl()},
                                                                  {u"client_id"_s, u"shop-client"_s},
                                                                  {u"pagination"_s, u"page_number"_s}});
    settings.secrets.insert(u"refresh_token"_s, RefreshToken);
    const ReadResult result = readAll(settings);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(ids(result), range(1, Records));

    settings.secrets.insert(u"refresh_token"_s, RefreshToken + u"-revoked"_s);
    const ReadResult revoked = readAll(settings);
    QVERIFY2(revoked.error.contains(u"OAuth token request"_s), qPrintable(revoked.error));
    QVERIFY2(revoked.error.contains(u"invalid_client"_s), qPrintable(revoked.error));
    verifyNoSecrets(revoked.error);
}

void tst_RestConnector::oauthWrongClientSecret()
{
    ConnectionSettings settings = settingsFor(u"secure/oauth"_s, {{u"auth"_s, u"oauth_client_credentials"_s},
                                                                  {u"token_url"_s, tokenUrl()},
                                                                  {u"client_id"_s, u"shop-client"_s}});
    settings.secrets.insert(u"client_secret"_s, ClientSecret + u"x"_s);
    RestConnector connector(settings);
    const Result<QString> check = connector.checkConnection();
    QVERIFY(!check);
    QVERIFY2(check.error().contains(u"the token endpoint refused the request (HTTP 401"_s), qPrintable(check.error()));
    QVERIFY2(check.error().contains(u"unknown client or secret"_s), qPrintable(check.error()));
    verifyNoSecrets(check.error());
}

void tst_RestConnector::retryAfter429()
{
    m_flakyCalls = 0;
    const int before = m_server.hits("/flaky/429");
    const ReadResult result = readAll(settingsFor(u"flaky/429"_s));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(ids(result), QList<int>({1, 2, 3}));
    QCOMPARE(m_server.hits("/flaky/429") - before, 2);

    // With no retries allowed the 429 is the error.
    m_flakyCalls = 0;
    const ReadResult noRetry = readAll(settingsFor(u"flaky/429"_s, {{u"max_retries"_s, 0}}));
    QVERIFY2(noRetry.error.contains(u"HTTP 429 Too Many Requests"_s), qPrintable(noRetry.error));
    QVERIFY2(noRetry.error.contains(u"rate limit"_s), qPrintable(noRetry.error));
}

void tst_RestConnector::serverErrorIsRetried()
{
    m_flakyCalls = 0;
    const int before = m_server.hits("/flaky/500once");
    const ReadResult result = readAll(settingsFor(u"flaky/500once"_s, {{u"requests_per_second"_s, u"50"_s}}));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(ids(result), QList<int>({1, 2, 3}));
    QCOMPARE(m_server.hits("/flaky/500once") - before, 2);
}

void tst_RestConnector::serverErrorMidPaginationNamesThePage()
{
    const int before = m_server.hits("/flaky/page3");
    ReadOptions options;
    options.batchRows = 100;
    const ReadResult result = readAll(settingsFor(u"flaky/page3"_s, {{u"pagination"_s, u"page_number"_s},
                                                                    {u"max_retries"_s, 2}}),
                                      options);
    // The rows of pages 1 and 2 come first, then the error.
    QCOMPARE(ids(result), range(1, 10));
    QVERIFY2(result.error.contains(u"page 3"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"page=3"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"failed after 3 attempts: HTTP 500 Internal Server Error"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"database unavailable"_s), qPrintable(result.error));
    QCOMPARE(m_server.hits("/flaky/page3") - before, 2 + 3);
    // The position after the last rows handed out is page 3: a later run asks for it again.
    options.resumeFrom = result.lastToken;
    const ReadResult resumed = readAll(settingsFor(u"flaky/page3"_s, {{u"pagination"_s, u"page_number"_s},
                                                                     {u"max_retries"_s, 0}}),
                                       options);
    QVERIFY(resumed.rows.isEmpty());
    QVERIFY2(resumed.error.contains(u"page=3"_s), qPrintable(resumed.error));
}

void tst_RestConnector::badResponses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("html") << u"html"_s << QVariantMap{}
                          << QStringList{u"the server sent HTML, not JSON (content type 'text/html; charset=utf-8')"_s,
                                         u"\"<!DOCTYPE html> <html><head><title>Login</title></head><body><h1>Please sign in …\""_s};
    QTest::newRow("invalid json") << u"invalid"_s << QVariantMap{}
                                  << QStringList{u"invalid JSON at line 1, column 22 (byte offset 21)"_s,
                                                 u"expected a string key but found ','"_s};
    QTest::newRow("not found") << u"missing"_s << QVariantMap{}
                               << QStringList{u"HTTP 404 Not Found: check the base URL and the endpoint"_s};
    QTest::newRow("forbidden") << u"forbidden"_s << QVariantMap{}
                               << QStringList{u"HTTP 403 Forbidden: the credentials were refused or have no access to this endpoint; "
                                              u"the server said: \"{\"error\": \"read-only key\"}\""_s};
    QTest::newRow("timeout") << u"hang"_s << QVariantMap{{u"timeout"_s, 1}, {u"max_retries"_s, 0}}
                             << QStringList{u"failed: no response within 1 second(s)"_s};
    QTest::newRow("api key in url masked") << u"missing"_s
                                           << QVariantMap{{u"query"_s, QString(u"access_token="_s + BearerToken)}}
                                           << QStringList{u"access_token=*****"_s};
}

void tst_RestConnector::badResponses()
{
    QFETCH(QString, path);
    QFETCH(QVariantMap, values);
    QFETCH(QStringList, expected);

    const ReadResult result = readAll(settingsFor(path, values));
    QVERIFY(!result.opened);
    QVERIFY2(result.error.contains(u"GET "_s + m_server.baseUrl() + u"/"_s + path), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"(source 'Shop API', page 1)"_s), qPrintable(result.error));
    for (const QString &part : expected)
        QVERIFY2(result.error.contains(part), qPrintable(u"'%1' not in: %2"_s.arg(part, result.error)));
    verifyNoSecrets(result.error);
}

void tst_RestConnector::networkFailures_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("expected");

    // A port nobody listens on: bound, then closed.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();

    QTest::newRow("connection refused") << u"http://127.0.0.1:%1"_s.arg(port)
                                        << u"failed after 2 attempts: the connection to 127.0.0.1:%1 was refused"_s.arg(port);
    QTest::newRow("dns") << u"http://no-such-host.invalid"_s
                         << u"the host name 'no-such-host.invalid' could not be resolved"_s;
    QTest::newRow("tls") << u"https://127.0.0.1:%1"_s.arg(m_server.port()) << u"the secure (TLS) connection to 127.0.0.1 failed"_s;
}

void tst_RestConnector::networkFailures()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, expected);

    ConnectionSettings settings = settingsFor(u"items/none"_s, {{u"max_retries"_s, 1},
                                                                {u"auth"_s, u"api_key_query"_s}});
    settings.values.insert(u"base_url"_s, baseUrl);
    settings.secrets.insert(u"api_key"_s, ApiKey);
    const ReadResult result = readAll(settings);
    QVERIFY(!result.opened);
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    // The URL as configured: the key is added to the request, never to the message.
    QVERIFY2(result.error.contains(u"GET "_s + baseUrl + u"/items/none (source 'Shop API', page 1)"_s), qPrintable(result.error));
    verifyNoSecrets(result.error);
}

void tst_RestConnector::cancelInterruptsRetryAfterWait()
{
    // 503 with Retry-After: 120. The cancel flag, raised meanwhile, ends the wait.
    std::atomic_bool cancel{false};
    ReadOptions options;
    options.cancel = &cancel;
    std::thread canceller([&] {
        // Bounded, so that a broken connector fails the test instead of hanging it.
        for (int i = 0; i < 2000 && m_server.hits("/busy") == 0; ++i)
            QThread::msleep(5);
        cancel = true;
    });
    const ReadResult result = readAll(settingsFor(u"busy"_s), options);
    canceller.join();
    QVERIFY2(result.error.contains(u"was cancelled"_s), qPrintable(result.error));
    QCOMPARE(m_server.hits("/busy"), 1);
}

void tst_RestConnector::cancelInterruptsHangingRequest()
{
    std::atomic_bool cancel{false};
    ReadOptions options;
    options.cancel = &cancel;
    const int before = m_server.hits("/hang");
    std::thread canceller([&] {
        for (int i = 0; i < 2000 && m_server.hits("/hang") == before; ++i)
            QThread::msleep(5);
        cancel = true;
    });
    // A timeout of an hour: only the cancel flag can end this request.
    const ReadResult result = readAll(settingsFor(u"hang"_s, {{u"timeout"_s, 3600}}), options);
    canceller.join();
    QVERIFY2(result.error.contains(u"Reading GET "_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"was cancelled"_s), qPrintable(result.error));
}

void tst_RestConnector::resumeInsidePage()
{
    const ConnectionSettings settings = settingsFor(u"items/cursor"_s, {{u"pagination"_s, u"cursor"_s},
                                                                        {u"records_path"_s, u"items"_s},
                                                                        {u"cursor_path"_s, u"meta.next_cursor"_s},
                                                                        {u"cursor_param"_s, u"cursor"_s}});
    ReadOptions options;
    options.batchRows = 7; // ends inside page 2
    const ReadResult first = readAll(settings, options, 1);
    QCOMPARE(ids(first), range(1, 7));
    QVERIFY(!first.lastToken.isEmpty());

    options.resumeFrom = first.lastToken;
    const int before = m_server.hits("/items/cursor");
    const ReadResult rest = readAll(settings, options);
    QVERIFY2(rest.error.isEmpty(), qPrintable(rest.error));
    QCOMPARE(rest.columns, first.columns);
    QCOMPARE(ids(rest), range(8, Records));
    QCOMPARE(rest.rows.first().last(), uR"({"note":"late \"key\""})"_s);
    // Page 2 again (cursor c5), then pages 3 to 5: page 1 is not requested again.
    QCOMPARE(m_server.hits("/items/cursor") - before, 4);
    QCOMPARE(m_server.requests().at(m_server.requests().size() - 4).param("cursor"), u"c5"_s);
}

void tst_RestConnector::resumeAtPageBoundary()
{
    ConnectionSettings settings = settingsFor(u"items/link"_s, {{u"pagination"_s, u"link_header"_s},
                                                                {u"auth"_s, u"api_key_query"_s}});
    settings.secrets.insert(u"api_key"_s, ApiKey);
    ReadOptions options;
    options.batchRows = PageSize * 2; // ends exactly after page 2
    const ReadResult first = readAll(settings, options, 1);
    QCOMPARE(ids(first), range(1, 10));
    // The token is the next page's request, without the key the server saw.
    QVERIFY(!first.lastToken.contains(ApiKey.toUtf8()));
    QVERIFY(first.lastToken.contains("start=10"));

    options.resumeFrom = first.lastToken;
    const int before = m_server.hits("/items/link");
    const ReadResult rest = readAll(settings, options);
    QVERIFY2(rest.error.isEmpty(), qPrintable(rest.error));
    QCOMPARE(ids(rest), range(11, Records));
    QCOMPARE(m_server.hits("/items/link") - before, 3);
    // The resumed request carries the key again.
    QCOMPARE(m_server.requests().at(m_server.requests().size() - 3).param("api_key"), ApiKey);

    // A token of a finished stream: nothing more to read.
    options.resumeFrom = rest.lastToken;
    const ReadResult done = readAll(settings, options);
    QVERIFY2(done.error.isEmpty(), qPrintable(done.error));
    QVERIFY(done.rows.isEmpty());
}

void tst_RestConnector::resumeRefusesOtherSettings()
{
    ReadOptions options;
    options.batchRows = 3;
    const ReadResult first = readAll(settingsFor(u"items/page"_s, {{u"pagination"_s, u"page_number"_s},
                                                                   {u"page_size_param"_s, u"per_page"_s},
                                                                   {u"page_size"_s, PageSize}}),
                                     options, 1);
    QCOMPARE(first.rows.size(), 3);
    options.resumeFrom = first.lastToken;
    const ReadResult other = readAll(settingsFor(u"items/page"_s, {{u"pagination"_s, u"page_number"_s},
                                                                   {u"page_size_param"_s, u"per_page"_s},
                                                                   {u"page_size"_s, 10}}),
                                     options);
    QVERIFY(!other.opened);
    QVERIFY2(other.error.contains(u"The settings of source 'Shop API' have changed"_s), qPrintable(other.error));
    options.resumeFrom = "garbage";
    const ReadResult damaged = readAll(settingsFor(u"items/page"_s), options);
    QVERIFY2(damaged.error.contains(u"is not a position in a REST API"_s), qPrintable(damaged.error));
}

void tst_RestConnector::checkConnectionAndDiscover()
{
    const ConnectionSettings settings = settingsFor(u"items/page"_s, {{u"pagination"_s, u"page_number"_s},
                                                                      {u"page_size_param"_s, u"per_page"_s},
                                                                      {u"page_size"_s, PageSize}});
    RestConnector connector(settings);
    const int before = m_server.hits("/items/page");
    const Result<QString> check = connector.checkConnection();
    QVERIFY2(check.ok(), qPrintable(check.error()));
    QCOMPARE(*check, u"HTTP 200, 5 record(s) on the first page, 5 column(s), next page: yes"_s);
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams.ok(), qPrintable(streams.error()));
    QCOMPARE(streams->size(), 1);
    const StreamInfo &info = streams->first();
    QCOMPARE(info.name, u"page"_s);
    QStringList names;
    QStringList types;
    for (const ColumnInfo &c : info.columns) {
        names << c.name;
        types << c.nativeType;
    }
    QCOMPARE(names, QStringList({u"id"_s, u"name"_s, u"address.city"_s, u"tags"_s, u"price"_s, u"_extra_fields"_s}));
    QCOMPARE(types, QStringList({u"number"_s, u"string"_s, u"string"_s, u"array"_s, u"number"_s, u"object"_s}));
    QVERIFY(!info.rowEstimate);
    QVERIFY2(info.detail.contains(u"5 record(s) on the first page, more pages"_s), qPrintable(info.detail));
    QCOMPARE(m_server.hits("/items/page") - before, 2); // one page each

    RestConnector single(settingsFor(u"shapes/single"_s));
    QCOMPARE(*single.checkConnection(), u"HTTP 200, 1 record(s) on the first page, 2 column(s), next page: no"_s);

    const auto wrongStream = connector.openStream(u"orders"_s, {});
    QVERIFY(!wrongStream);
    QCOMPARE(wrongStream.error(), u"Source 'Shop API' has no stream 'orders'; its only stream is 'page'."_s);
}

void tst_RestConnector::invalidSettings_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("error");

    QTest::newRow("no base url") << QVariantMap{{u"base_url"_s, QString()}} << u"the base URL is not set."_s;
    QTest::newRow("ftp") << QVariantMap{{u"base_url"_s, u"ftp://example.com"_s}} << u"is not an http:// or https:// URL."_s;
    QTest::newRow("bad header") << QVariantMap{{u"headers"_s, u"X-Ok: 1\nbroken"_s}}
                                << u"line 2 of the extra headers is not 'Name: value'."_s;
    QTest::newRow("bad query") << QVariantMap{{u"query"_s, u"=1"_s}} << u"line 1 of the query parameters is not 'key=value'."_s;
    QTest::newRow("body with get") << QVariantMap{{u"body"_s, u"{}"_s}} << u"a request body is only sent with the POST method."_s;
    QTest::newRow("no api key") << QVariantMap{{u"auth"_s, u"api_key_header"_s}} << u"the API key is not set"_s;
    QTest::newRow("cursor without path") << QVariantMap{{u"pagination"_s, u"cursor"_s}}
                                         << u"cursor pagination needs the cursor path and the cursor parameter."_s;
    QTest::newRow("rate") << QVariantMap{{u"requests_per_second"_s, u"fast"_s}}
                          << u"requests per second must be a positive number such as 2 or 0.5, not 'fast'."_s;
    QTest::newRow("timeout") << QVariantMap{{u"timeout"_s, u"0"_s}} << u"the timeout must be a whole number from 1 to 3600, not '0'."_s;
    QTest::newRow("oauth") << QVariantMap{{u"auth"_s, u"oauth_client_credentials"_s}}
                           << u"the OAuth token URL is not set or not an http(s) URL."_s;
}

void tst_RestConnector::invalidSettings()
{
    QFETCH(QVariantMap, values);
    QFETCH(QString, error);
    ConnectionSettings settings = settingsFor(u"items/none"_s);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.values.insert(it.key(), it.value());
    RestConnector connector(settings);
    const Result<QString> check = connector.checkConnection();
    QVERIFY(!check);
    QVERIFY2(check.error().startsWith(u"Source 'Shop API': "_s), qPrintable(check.error()));
    QVERIFY2(check.error().contains(error), qPrintable(check.error()));
}

void tst_RestConnector::retryAfterParsing()
{
    const QDateTime now(QDate(2026, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
    QCOMPARE(parseRetryAfter("1", now), std::optional<qint64>(1000));
    QCOMPARE(parseRetryAfter(" 120 ", now), std::optional<qint64>(120'000));
    QCOMPARE(parseRetryAfter("Wed, 21 Oct 2026 07:28:30 GMT", now), std::optional<qint64>(30'000));
    QCOMPARE(parseRetryAfter("Wednesday, 21-Oct-26 07:29:00 GMT", now), std::optional<qint64>(60'000));
    QCOMPARE(parseRetryAfter("Wed Oct 21 07:28:05 2026", now), std::optional<qint64>(5'000));
    QCOMPARE(parseRetryAfter("Wed, 21 Oct 2026 07:00:00 GMT", now), std::optional<qint64>(0)); // in the past
    QCOMPARE(parseRetryAfter("soon", now), std::nullopt);
    QCOMPARE(parseRetryAfter("-5", now), std::nullopt);

    for (int retry = 0; retry < 12; ++retry) {
        const qint64 full = std::min<qint64>(MaxBackoffMs, qint64(100) << retry);
        const qint64 delay = backoffDelay(retry, 100);
        QVERIFY(delay >= full / 2 && delay <= full);
    }
}

void tst_RestConnector::linkHeaderParsing()
{
    const QUrl base(u"https://api.example.com/v1/items?page=1"_s);
    QCOMPARE(RestPaginator::nextLink(R"(<https://api.example.com/v1/items?page=2&a=b,c>; rel="next", <https://api.example.com/v1/items?page=9>; rel="last")",
                                     base),
             QUrl(u"https://api.example.com/v1/items?page=2&a=b,c"_s));
    QCOMPARE(RestPaginator::nextLink(R"(</v1/items?page=3>; rel="prev", </v1/items?page=5>; title="x"; rel="next last")", base),
             QUrl(u"https://api.example.com/v1/items?page=5"_s));
    QCOMPARE(RestPaginator::nextLink(R"(<?page=4>; rel=next)", base), QUrl(u"https://api.example.com/v1/items?page=4"_s));
    QCOMPARE(RestPaginator::nextLink(R"(<https://api.example.com/v1/items?page=9>; rel="last")", base), QUrl());
    QCOMPARE(RestPaginator::nextLink("", base), QUrl());
}

void tst_RestConnector::registeredAsBuiltin()
{
    const ConnectorRegistry &registry = ConnectorRegistry::builtin();
    const ConnectorSpec *spec = registry.spec(u"rest"_s);
    QVERIFY(spec);
    // Exactly these go to the keychain.
    QCOMPARE(spec->secretKeys(), QStringList({u"api_key"_s, u"password"_s, u"token"_s, u"client_secret"_s, u"refresh_token"_s}));
    const ConnectionSettings settings = settingsFor(u"items/none"_s);
    QCOMPARE(registry.validate(u"rest"_s, settings.values, {}), QStringList());
    QVERIFY(!registry.validate(u"rest"_s, {}, {}).isEmpty()); // the base URL is required

    auto connector = registry.create(u"rest"_s, settings);
    QVERIFY2(connector.ok(), qPrintable(connector.error()));
    auto streams = (*connector)->discover();
    QVERIFY2(streams.ok(), qPrintable(streams.error()));
    QCOMPARE(streams->first().name, u"none"_s);
    QCOMPARE(streams->first().rowEstimate, std::optional<qint64>(Records));
}

QTEST_GUILESS_MAIN(tst_RestConnector)
#include "tst_restconnector.moc"
