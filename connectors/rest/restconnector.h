#pragma once

#include "connectors/connector.h"
#include "connectors/rest/restsettings.h"

#include <QCoreApplication>

namespace miq {

// A REST API endpoint as one stream of records, configured without code: URL, method, headers,
// query and body; the records found by a JSON path and flattened like JSON files; authentication
// (API key, basic, bearer, OAuth 2.0); five pagination styles; retries, rate limits and timeouts;
// resumable at the page where a run stopped. See RestStreamReader for the reading itself.
class RestConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(miq::RestConnector)

public:
    explicit RestConnector(ConnectionSettings settings);

    static ConnectorSpec spec();

    // Requests the first page: "HTTP 200, 25 records on the first page, 7 columns, next page: yes".
    Result<QString> checkConnection() override;
    // One stream named after the endpoint, with the columns of the first page.
    Result<QList<StreamInfo>> discover() override;
    Result<std::unique_ptr<StreamReader>> openStream(const QString &stream, const ReadOptions &options) override;

private:
    ConnectionSettings m_settings;
};

} // namespace miq
