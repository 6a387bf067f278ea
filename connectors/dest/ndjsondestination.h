#pragma once

#include "connectors/dest/filedestination.h"

#include <string>
#include <vector>

namespace miq {

// An NDJSON (JSON Lines) file as a sync destination: one JSON object per line, keys in the
// target's column order, LF line ends, UTF-8. Written and made durable as described for
// FileDestination (partial file, checkpoint sidecar, atomic rename).
//
// Values, in the canonical text of canonicaltext.h:
//   null          null (every key is always present)
//   Int64         a JSON number, exact digits (readers that parse numbers as doubles lose
//                 precision beyond 2^53; that is theirs to choose, the text is exact)
//   Double        a JSON number with the shortest round-trip text; NaN, Infinity and -Infinity,
//                 which JSON numbers cannot express, as the strings "NaN", "Infinity", "-Infinity"
//   Bool          true / false
//   Decimal       a JSON string ("12.50"): JSON parsers turn numbers into doubles, which would
//                 lose the exact value and the scale
//   Date          "2024-02-29";  Timestamp: "2024-02-29T13:45:00.123456Z" (UTC)
//   String        a JSON string: ", \ and control characters escaped (\n, \t, \u001f...), other
//                 characters as UTF-8. Text that is not valid UTF-8 cannot be JSON: write() fails
//                 naming the record and column rather than altering the value.
//   Bytes         a base64 JSON string
//
// Append to an existing non-empty file requires its first record to have exactly the target's
// keys (in any order). readBack() takes missing keys as null and ignores keys not in the target.
class NdjsonDestination : public FileDestination
{
    Q_DECLARE_TR_FUNCTIONS(NdjsonDestination)

public:
    explicit NdjsonDestination(QString path);

    // NDJSON has no DDL; shows the shape of one line: {"id": <integer>, "name": <string>, ...}.
    QString ddl(const TargetSpec &spec) const override;
    Result<std::unique_ptr<StreamReader>> readBack(const ReadOptions &options) override;

protected:
    QString formatName() const override;
    void appendPreamble(std::string &out) const override;
    Status checkAppendable() const override;
    Status appendRows(const RecordBatch &batch, std::string &out) override;
    void prepare() override;

private:
    std::vector<std::string> m_keyPrefixes; // `{"id":`, `,"name":` ... for spec()
};

} // namespace miq
