#pragma once

#include "connectors/dest/filedestination.h"

namespace miq {

// A CSV file as a sync destination: RFC 4180, comma separated, a header row of the column
// names, LF line ends, UTF-8 without a byte order mark. Written and made durable as described
// for FileDestination (partial file, checkpoint sidecar, atomic rename).
//
// Values, in the canonical text of canonicaltext.h:
//   null          an empty field:            1,,3
//   empty string  a quoted empty field:      1,"",3    (so that null and "" stay distinct)
//   String        as is, quoted when it holds a comma, a quote, CR or LF (quotes doubled)
//   Int64         decimal digits; Double: shortest round-trip text, NaN, Infinity, -Infinity
//   Bool          true / false
//   Date          2024-02-29;  Timestamp: 2024-02-29T13:45:00.123456Z (UTC; fraction if non-zero)
//   Decimal       its exact text (12.50 stays 12.50)
//   Bytes         base64; empty bytes as "" like the empty string
//
// Append to an existing non-empty file requires its header to be exactly the target's column
// names in order; otherwise begin() fails naming the first differing column.
class CsvDestination : public FileDestination
{
    Q_DECLARE_TR_FUNCTIONS(CsvDestination)

public:
    explicit CsvDestination(QString path);

    // CSV has no DDL; shows the header row the file starts with.
    QString ddl(const TargetSpec &spec) const override;
    Result<std::unique_ptr<StreamReader>> readBack(const ReadOptions &options) override;

protected:
    QString formatName() const override;
    void appendPreamble(std::string &out) const override;
    Status checkAppendable() const override;
    Status appendRows(const RecordBatch &batch, std::string &out) override;
};

} // namespace miq
