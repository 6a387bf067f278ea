// The profiler against independent computations: batches built here (and a real CSV file read by
// the CSV connector, and a typed synthetic connector) are profiled, and every exact figure is
// recomputed another way in the test (std::set distinct, sort-based quantiles, two-pass moments,
// hand-counted patterns). Merged per-chunk states must give the single-state result; sampling,
// cancelling and threading are checked on the real pipeline.

#include "connectors/connectorregistry.h"
#include "engine/profile/profilebuilder.h"
#include "engine/profile/profiler.h"
#include "engine/profile/profilestate.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <random>
#include <set>

using namespace miq;

namespace {

using Cell = std::optional<std::string>;
struct Table
{
    QStringList names;
    std::vector<std::vector<Cell>> rows;
};

std::vector<RecordBatch> toBatches(const Table &table, int batchRows)
{
    auto schema = std::make_shared<Schema>();
    for (const QString &n : table.names)
        schema->push_back(Field{n, ColumnType::String});
    std::vector<RecordBatch> batches;
    for (std::size_t start = 0; start < table.rows.size(); start += std::size_t(batchRows)) {
        RecordBatch b;
        b.reset(schema);
        const std::size_t end = std::min(table.rows.size(), start + std::size_t(batchRows));
        for (std::size_t r = start; r < end; ++r) {
            b.noteRecord(std::int64_t(r));
            for (std::size_t c = 0; c < std::size_t(table.names.size()); ++c) {
                if (table.rows[r][c])
                    b.columns[c].appendText(*table.rows[r][c]);
                else
                    b.columns[c].appendNull();
            }
            ++b.rowCount;
        }
        batches.push_back(std::move(b));
    }
    return batches;
}

bool blank(const Cell &c)
{
    return c && std::all_of(c->begin(), c->end(), [](char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; });
}

bool missing(const Cell &c)
{
    return !c || blank(c);
}

std::string twoDigits(int v)
{
    return (v < 10 ? "0" : "") + std::to_string(v);
}

std::string luhnComplete(std::string digits)
{
    // Append the check digit that makes the Luhn sum a multiple of 10.
    for (int d = 0; d <= 9; ++d) {
        const std::string candidate = digits + char('0' + d);
        int sum = 0;
        bool dbl = false;
        for (std::size_t i = candidate.size(); i-- > 0;) {
            int v = candidate[i] - '0';
            if (dbl) {
                v *= 2;
                if (v > 9)
                    v -= 9;
            }
            sum += v;
            dbl = !dbl;
        }
        if (sum % 10 == 0)
            return candidate;
    }
    return digits;
}

// A messy table with known content. Columns: id, amount, qty, email, day, flag, country, note, card.
Table makeTable(int rows)
{
    Table t;
    t.names = {QStringLiteral("id"), QStringLiteral("amount"), QStringLiteral("qty"), QStringLiteral("email"),
               QStringLiteral("day"), QStringLiteral("flag"), QStringLiteral("country"), QStringLiteral("note"),
               QStringLiteral("card")};
    std::mt19937_64 random(2024);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::lognormal_distribution<double> logNormal(3.5, 1.0);
    static const char *const countries[] = {"US", "GB", "DE", "FR", "NL", "ES", "IT", "SE", "PL", "JP"};
    static const char *const flags[] = {"true", "false", "yes", "no", "1", "0", "TRUE"};
    static const char *const words[] = {"late", "refund", "Café", "box", "order", "card"};
    for (int i = 0; i < rows; ++i) {
        std::vector<Cell> row(9);
        row[0] = std::to_string(100000 + i);
        const double a = logNormal(random) * (u(random) < 0.03 ? -1 : 1);
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.2f", a);
        row[1] = u(random) < 0.05 ? std::string() : std::string(buffer);
        row[2] = u(random) < 0.02 ? std::string("x") : std::to_string(int(u(random) * 11));
        const double e = u(random);
        row[3] = e < 0.03 ? Cell() : e < 0.08 ? Cell("nobody.example.com") : Cell("user" + std::to_string(i % 700) + "@example.com");
        const double d = u(random);
        const int year = 2015 + int(u(random) * 10);
        const int month = 1 + int(u(random) * 12);
        const int day = 13 + int(u(random) * 15);
        if (d < 0.02)
            row[4] = twoDigits(day) + "/" + twoDigits(month) + "/" + std::to_string(year);
        else if (d < 0.03)
            row[4] = std::string("N/A");
        else
            row[4] = std::to_string(year) + "-" + twoDigits(month) + "-" + twoDigits(day);
        row[5] = std::string(flags[int(u(random) * 7)]);
        const char *country = countries[std::min(9, int(std::pow(u(random), 2) * 10))];
        std::string c(country);
        if (u(random) < 0.02)
            c = {char(c[0] | 0x20), char(c[1] | 0x20)};
        row[6] = c;
        const double n = u(random);
        if (n < 0.3)
            row[7] = std::string();
        else if (n < 0.35)
            row[7] = std::string("   ");
        else if (n < 0.40)
            row[7] = Cell();
        else {
            std::string s = std::string(words[int(u(random) * 6)]) + " " + words[int(u(random) * 6)];
            if (n < 0.45)
                s = " " + s;
            if (n > 0.95)
                s += "\nline two ";
            row[7] = s;
        }
        std::string digits = "4" + std::to_string(100000000000000ull + std::uint64_t(u(random) * 8e14)).substr(0, 14);
        std::string card = luhnComplete(digits);
        if (u(random) < 0.1)
            card.back() = card.back() == '9' ? '0' : char(card.back() + 1);
        row[8] = card;
        t.rows.push_back(row);
    }
    // Exact duplicates of earlier rows.
    for (int k = 0; k < 40; ++k)
        t.rows.push_back(t.rows[std::size_t(k * 7)]);
    return t;
}

DatasetProfile profileBatches(const std::vector<RecordBatch> &batches, int states, const std::vector<int> &mergeOrder = {})
{
    const auto schema = batches.front().schema;
    auto roles = std::make_shared<const ProfileRoles>(ProfileRoles::choose(*schema, batches.front()));
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch() * 1000;
    std::vector<std::unique_ptr<ProfileState>> parts;
    for (int i = 0; i < states; ++i)
        parts.push_back(std::make_unique<ProfileState>(schema, roles, now));
    for (std::size_t b = 0; b < batches.size(); ++b)
        parts[b % std::size_t(states)]->add(batches[b]);
    std::vector<int> order = mergeOrder;
    if (order.empty())
        for (int i = 0; i < states; ++i)
            order.push_back(i);
    ProfileState &target = *parts[std::size_t(order[0])];
    for (std::size_t i = 1; i < order.size(); ++i)
        target.merge(*parts[std::size_t(order[i])]);
    ProfileContext context;
    context.sourceName = QStringLiteral("test");
    context.stream = QStringLiteral("table");
    return ProfileBuilder::build(target, context);
}

const ProfileColumn &column(const DatasetProfile &p, const QString &name)
{
    for (const ProfileColumn &c : p.columns)
        if (c.name == name)
            return c;
    qFatal("no column %s", qPrintable(name));
}

std::vector<double> numbersOf(const Table &t, int c)
{
    std::vector<double> v;
    for (const auto &row : t.rows) {
        if (missing(row[std::size_t(c)]))
            continue;
        char *end = nullptr;
        const std::string &s = *row[std::size_t(c)];
        const double x = std::strtod(s.c_str(), &end);
        if (end == s.c_str() + s.size())
            v.push_back(x);
    }
    return v;
}

double nearestRank(std::vector<double> sorted, double p)
{
    const auto n = std::int64_t(sorted.size());
    const std::int64_t k = std::max<std::int64_t>(1, std::int64_t(std::ceil(p * double(n))));
    return sorted[std::size_t(k - 1)];
}

bool close(double a, double b, double relative = 1e-9)
{
    return std::abs(a - b) <= relative * std::max(1.0, std::abs(b));
}

qint64 qualityScoreOf(const ProfileColumn &c, QualityScore::Dimension d, bool *present = nullptr)
{
    for (const QualityScore &q : c.quality)
        if (q.dimension == d) {
            if (present)
                *present = q.score.has_value();
            return q.score ? qint64(std::llround(*q.score * 1000)) : -1;
        }
    return -1;
}

// A typed stream generated on the fly: id (Int64), value (Double), day (Date), label (String).
class SyntheticReader : public StreamReader
{
public:
    SyntheticReader(qint64 total, const ReadOptions &options, std::atomic_bool *cancelAfter, int cancelBatch)
        : m_total(options.limitRows >= 0 ? std::min(total, options.limitRows) : total)
        , m_batchRows(options.batchRows)
        , m_cancel(cancelAfter)
        , m_cancelBatch(cancelBatch)
    {
        auto schema = std::make_shared<Schema>();
        schema->push_back(Field{QStringLiteral("id"), ColumnType::Int64});
        schema->push_back(Field{QStringLiteral("value"), ColumnType::Double});
        schema->push_back(Field{QStringLiteral("day"), ColumnType::Date});
        schema->push_back(Field{QStringLiteral("label"), ColumnType::String});
        m_schema = schema;
    }
    std::shared_ptr<const Schema> schema() const override { return m_schema; }
    Result<bool> next(RecordBatch &batch) override
    {
        if (batch.schema != m_schema)
            batch.reset(m_schema);
        batch.clearRows();
        if (m_cancel && ++m_batches == m_cancelBatch)
            m_cancel->store(true);
        static const char *const labels[] = {"red", "green", "blue"};
        while (batch.rowCount < m_batchRows && m_row < m_total) {
            batch.noteRecord(m_row);
            batch.columns[0].appendInt(m_row);
            if (m_row % 10 == 3)
                batch.columns[1].appendNull();
            else
                batch.columns[1].appendDouble(double(m_row % 1000) / 8.0 - 20.0);
            batch.columns[2].appendInt(18000 + m_row % 365);
            batch.columns[3].appendText(labels[m_row % 3]);
            ++batch.rowCount;
            ++m_row;
        }
        return m_row < m_total;
    }

private:
    std::shared_ptr<const Schema> m_schema;
    qint64 m_total;
    int m_batchRows;
    qint64 m_row = 0;
    std::atomic_bool *m_cancel;
    int m_cancelBatch;
    int m_batches = 0;
};

class SyntheticConnector : public Connector
{
public:
    explicit SyntheticConnector(qint64 rows, std::atomic_bool *cancel = nullptr, int cancelBatch = 0)
        : m_rows(rows), m_cancel(cancel), m_cancelBatch(cancelBatch)
    {}
    Result<QString> checkConnection() override { return QStringLiteral("ok"); }
    Result<QList<StreamInfo>> discover() override
    {
        StreamInfo info;
        info.name = QStringLiteral("numbers");
        info.kind = StreamInfo::Kind::Table;
        return QList<StreamInfo>{info};
    }
    Result<std::unique_ptr<StreamReader>> openStream(const QString &, const ReadOptions &options) override
    {
        return std::unique_ptr<StreamReader>(new SyntheticReader(m_rows, options, m_cancel, m_cancelBatch));
    }

private:
    qint64 m_rows;
    std::atomic_bool *m_cancel;
    int m_cancelBatch;
};

} // namespace

class tst_Profiler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsAndDistinct();
    void numbers();
    void typeInference();
    void datesAndDayMonthDecision();
    void textFeatures();
    void semanticTypesAndQuality();
    void datasetFigures();
    void mergedStatesEqualSingleState();
    void highCardinalityUsesSketches();
    void csvFileThroughConnector();
    void sampleMode();
    void cancel();
    void typedColumnsAndThreads();

private:
    Table m_table;
    DatasetProfile m_profile;
};

void tst_Profiler::initTestCase()
{
    m_table = makeTable(30000);
    m_profile = profileBatches(toBatches(m_table, 4096), 1);
    QCOMPARE(m_profile.rows, qint64(m_table.rows.size()));
    QCOMPARE(m_profile.columns.size(), qsizetype(9));
}

void tst_Profiler::countsAndDistinct()
{
    for (int c = 0; c < m_table.names.size(); ++c) {
        qint64 nulls = 0, blanks = 0;
        std::map<std::string, qint64> counts;
        for (const auto &row : m_table.rows) {
            const Cell &cell = row[std::size_t(c)];
            if (!cell)
                ++nulls;
            else if (blank(cell))
                ++blanks;
            else
                ++counts[*cell];
        }
        qint64 unique = 0, present = 0;
        for (const auto &[v, n] : counts) {
            unique += n == 1;
            present += n;
        }
        const ProfileColumn &p = column(m_profile, m_table.names[c]);
        QCOMPARE(p.count, qint64(m_table.rows.size()));
        QCOMPARE(p.nulls, nulls);
        QCOMPARE(p.blanks, blanks);
        QVERIFY(p.distinctExact);
        QCOMPARE(p.distinct, qint64(counts.size()));
        QCOMPARE(p.unique, unique);
        QCOMPARE(p.duplicates, present - qint64(counts.size()));
        // The most frequent value, ties by text.
        std::pair<std::string, qint64> top{"", 0};
        for (const auto &[v, n] : counts)
            if (n > top.second)
                top = {v, n};
        QVERIFY(!p.topValues.isEmpty());
        QCOMPARE(p.topValues.first().value, QString::fromStdString(top.first));
        QCOMPARE(p.topValues.first().count, top.second);
    }
}

void tst_Profiler::numbers()
{
    const ProfileColumn &amount = column(m_profile, QStringLiteral("amount"));
    std::vector<double> v = numbersOf(m_table, 1);
    std::sort(v.begin(), v.end());
    const double n = double(v.size());
    double sum = 0;
    for (const double x : v)
        sum += x;
    const double mean = sum / n;
    double m2 = 0, m3 = 0, m4 = 0;
    qint64 zeros = 0, negatives = 0;
    for (const double x : v) {
        const double d = x - mean;
        m2 += d * d;
        m3 += d * d * d;
        m4 += d * d * d * d;
        zeros += x == 0;
        negatives += x < 0;
    }
    QCOMPARE(amount.inferredType, ProfileType::Decimal);
    QCOMPARE(*amount.min, v.front());
    QCOMPARE(*amount.max, v.back());
    QVERIFY(close(*amount.sum, sum));
    QVERIFY(close(*amount.mean, mean));
    QVERIFY(close(*amount.stddev, std::sqrt(m2 / (n - 1))));
    QVERIFY(close(*amount.skewness, std::sqrt(n) * m3 / std::pow(m2, 1.5), 1e-7));
    QVERIFY(close(*amount.kurtosis, n * m4 / (m2 * m2) - 3, 1e-7));
    QCOMPARE(amount.zeros, zeros);
    QCOMPARE(amount.negatives, negatives);
    QVERIFY(amount.quantilesExact);
    const QStringList names = {QStringLiteral("p1"), QStringLiteral("p5"), QStringLiteral("p25"), QStringLiteral("p50"),
                               QStringLiteral("p75"), QStringLiteral("p95"), QStringLiteral("p99")};
    const double levels[] = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};
    QCOMPARE(amount.quantiles.size(), qsizetype(7));
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(amount.quantiles[i].first, names[i]);
        QCOMPARE(amount.quantiles[i].second, nearestRank(v, levels[i]));
    }
    const double q1 = nearestRank(v, 0.25);
    const double q3 = nearestRank(v, 0.75);
    qint64 outliers = 0;
    for (const double x : v)
        outliers += x < q1 - 1.5 * (q3 - q1) || x > q3 + 1.5 * (q3 - q1);
    QCOMPARE(amount.outliers, outliers);
    qint64 inBins = 0;
    for (const HistogramBin &b : amount.histogram)
        inBins += b.count;
    QCOMPARE(inBins, qint64(v.size()));
    QCOMPARE(amount.histogram.first().low, v.front());
    QCOMPARE(amount.histogram.last().high, v.back());
    QCOMPARE(amount.sqlTypeSqlite, QStringLiteral("NUMERIC"));
}

void tst_Profiler::typeInference()
{
    const ProfileColumn &qty = column(m_profile, QStringLiteral("qty"));
    qint64 bad = 0;
    for (const auto &row : m_table.rows)
        bad += *row[2] == "x";
    QCOMPARE(qty.inferredType, ProfileType::Integer);
    QCOMPARE(qty.nonConformingCount, bad);
    QCOMPARE(qty.nonConformingExamples, QStringList{QStringLiteral("x")});
    QVERIFY(close(qty.typeConfidence, 1.0 - double(bad) / double(m_table.rows.size())));
    QCOMPARE(qty.sqlTypePostgres, QStringLiteral("VARCHAR(2)")); // not safe as an integer: "x"

    const ProfileColumn &id = column(m_profile, QStringLiteral("id"));
    QCOMPARE(id.inferredType, ProfileType::Integer);
    QCOMPARE(id.nonConformingCount, qint64(0));
    QCOMPARE(id.sqlTypePostgres, QStringLiteral("INTEGER"));
    QCOMPARE(id.sqlTypeMysql, QStringLiteral("MEDIUMINT"));
    QCOMPARE(id.sqlTypeSqlite, QStringLiteral("INTEGER"));

    const ProfileColumn &amount = column(m_profile, QStringLiteral("amount"));
    QCOMPARE(amount.nonConformingCount, qint64(0));
    QVERIFY(amount.sqlTypePostgres.startsWith(QStringLiteral("NUMERIC(")));
    QVERIFY(amount.sqlTypePostgres.endsWith(QStringLiteral(", 2)")));

    const ProfileColumn &flag = column(m_profile, QStringLiteral("flag"));
    QCOMPARE(flag.inferredType, ProfileType::Boolean);
    QCOMPARE(flag.sqlTypePostgres, QStringLiteral("BOOLEAN"));
    bool mixed = false;
    for (const ProfileAlert &a : flag.alerts)
        mixed = mixed || a.kind == ProfileAlert::Kind::MixedFormats;
    QVERIFY(mixed);
}

void tst_Profiler::datesAndDayMonthDecision()
{
    const ProfileColumn &day = column(m_profile, QStringLiteral("day"));
    QCOMPARE(day.inferredType, ProfileType::Date);
    qint64 na = 0, slash = 0;
    std::string min = "9999", max = "0000";
    std::map<int, qint64> years;
    for (const auto &row : m_table.rows) {
        const std::string &s = *row[4];
        std::string iso = s;
        if (s == "N/A") {
            ++na;
            continue;
        }
        if (s[2] == '/') {
            ++slash;
            iso = s.substr(6, 4) + "-" + s.substr(3, 2) + "-" + s.substr(0, 2);
        }
        min = std::min(min, iso);
        max = std::max(max, iso);
        ++years[std::stoi(iso.substr(0, 4))];
    }
    QCOMPARE(day.nonConformingCount, na);
    QCOMPARE(day.nonConformingExamples, QStringList{QStringLiteral("N/A")});
    QCOMPARE(day.dateMin, QString::fromStdString(min));
    QCOMPARE(day.dateMax, QString::fromStdString(max));
    QVERIFY(day.dayMonthDecision.contains(QStringLiteral("DD/MM/YYYY")));
    QCOMPARE(qsizetype(years.size()), day.byYear.size());
    for (const ValueCount &y : day.byYear)
        QCOMPARE(y.count, years[y.value.toInt()]);
    qint64 months = 0;
    for (const ValueCount &m : day.byMonth)
        months += m.count;
    QCOMPARE(months, qint64(m_table.rows.size()) - na);
    QCOMPARE(day.dateFormats.size(), qsizetype(2));
    QCOMPARE(day.dateFormats[0].value, QStringLiteral("YYYY-MM-DD"));
    QCOMPARE(day.dateFormats[1].value, QStringLiteral("DD/MM/YYYY"));
    QCOMPARE(day.dateFormats[1].count, slash);
    QCOMPARE(day.sqlTypePostgres, QStringLiteral("VARCHAR(10)")); // "N/A" does not fit DATE
}

void tst_Profiler::textFeatures()
{
    const ProfileColumn &note = column(m_profile, QStringLiteral("note"));
    qint64 lmin = 1 << 30, lmax = 0, lsum = 0, n = 0, leading = 0, trailing = 0, nonAscii = 0, control = 0;
    std::map<std::string, qint64> masks;
    for (const auto &row : m_table.rows) {
        const Cell &c = row[7];
        if (missing(c))
            continue;
        qint64 len = 0;
        bool high = false;
        bool ctrl = false;
        for (const char ch : *c) {
            len += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
            high = high || static_cast<unsigned char>(ch) >= 0x80;
            ctrl = ctrl || static_cast<unsigned char>(ch) < 0x20;
        }
        lmin = std::min(lmin, len);
        lmax = std::max(lmax, len);
        lsum += len;
        ++n;
        leading += c->front() == ' ';
        trailing += c->back() == ' ';
        nonAscii += high;
        control += ctrl;
    }
    QCOMPARE(*note.lengthMin, lmin);
    QCOMPARE(*note.lengthMax, lmax);
    QVERIFY(close(*note.lengthMean, double(lsum) / double(n)));
    QCOMPARE(note.leadingWhitespace, leading);
    QCOMPARE(note.trailingWhitespace, trailing);
    QCOMPARE(note.nonAscii, nonAscii);
    QCOMPARE(note.controlChars, control);
    qint64 inBins = 0;
    for (const HistogramBin &b : note.lengthHistogram)
        inBins += b.count;
    QCOMPARE(inBins, n);
    QVERIFY(!note.patterns.isEmpty());
    QCOMPARE(note.inferredType, ProfileType::Text);

    const ProfileColumn &country = column(m_profile, QStringLiteral("country"));
    QCOMPARE(country.patterns.first().value, QStringLiteral("AA"));
    QVERIFY(country.lowerCase > 0);
    QCOMPARE(country.upperCase + country.lowerCase, qint64(m_table.rows.size()));
}

void tst_Profiler::semanticTypesAndQuality()
{
    const ProfileColumn &email = column(m_profile, QStringLiteral("email"));
    qint64 valid = 0, present = 0;
    for (const auto &row : m_table.rows) {
        if (!row[3])
            continue;
        ++present;
        valid += row[3]->find('@') != std::string::npos;
    }
    QCOMPARE(email.semanticType, SemanticType::Email);
    QVERIFY(close(email.semanticConfidence, double(valid) / double(present)));
    QVERIFY(email.pii);
    QCOMPARE(email.formats.first().value, QStringLiteral("email"));
    QCOMPARE(email.formats.first().count, valid);
    QCOMPARE(qualityScoreOf(email, QualityScore::Dimension::Validity), std::llround(100000.0 * double(valid) / double(present)));
    QCOMPARE(qualityScoreOf(email, QualityScore::Dimension::Completeness),
             std::llround(100000.0 * double(present) / double(m_table.rows.size())));

    const ProfileColumn &card = column(m_profile, QStringLiteral("card"));
    qint64 luhn = 0;
    for (const auto &row : m_table.rows) {
        int sum = 0;
        bool dbl = false;
        for (std::size_t i = row[8]->size(); i-- > 0;) {
            int v = (*row[8])[i] - '0';
            if (dbl && (v *= 2) > 9)
                v -= 9;
            sum += v;
            dbl = !dbl;
        }
        luhn += sum % 10 == 0;
    }
    QCOMPARE(card.semanticType, SemanticType::CreditCard);
    QVERIFY(card.pii);
    QCOMPARE(qualityScoreOf(card, QualityScore::Dimension::Accuracy),
             std::llround(100000.0 * double(luhn) / double(m_table.rows.size())));

    const ProfileColumn &country = column(m_profile, QStringLiteral("country"));
    QCOMPARE(country.semanticType, SemanticType::CountryCode);
    QVERIFY(qualityScoreOf(country, QualityScore::Dimension::Consistency) < 100000);
    bool present2 = true;
    qualityScoreOf(column(m_profile, QStringLiteral("note")), QualityScore::Dimension::Accuracy, &present2);
    QVERIFY(!present2); // no rule applies: not scored
    for (const ProfileColumn &c : m_profile.columns) {
        QCOMPARE(c.quality.size(), qsizetype(5));
        for (const QualityScore &q : c.quality)
            QVERIFY(!q.explanation.isEmpty());
    }
}

void tst_Profiler::datasetFigures()
{
    std::set<std::vector<Cell>> distinctRows(m_table.rows.begin(), m_table.rows.end());
    QCOMPARE(m_profile.duplicateRows, qint64(m_table.rows.size() - distinctRows.size()));
    QVERIFY(m_profile.duplicateRowsExact);

    std::map<std::uint64_t, qint64> patterns;
    for (const auto &row : m_table.rows) {
        std::uint64_t mask = 0;
        for (std::size_t c = 0; c < row.size(); ++c)
            if (missing(row[c]))
                mask |= std::uint64_t(1) << c;
        ++patterns[mask];
    }
    qint64 shownRows = 0;
    for (const MissingPattern &p : m_profile.missingPatterns) {
        std::uint64_t mask = 0;
        for (const QString &c : p.columns)
            mask |= std::uint64_t(1) << m_table.names.indexOf(c);
        QCOMPARE(p.rows, patterns[mask]);
        shownRows += p.rows;
    }
    QVERIFY(m_profile.missingPatterns.first().rows >= m_profile.missingPatterns.last().rows);

    // Pearson of amount and qty over the rows where both are numbers.
    double sx = 0, sy = 0;
    std::vector<std::pair<double, double>> xy;
    for (const auto &row : m_table.rows) {
        if (missing(row[1]) || *row[2] == "x")
            continue;
        xy.emplace_back(std::stod(*row[1]), std::stod(*row[2]));
        sx += xy.back().first;
        sy += xy.back().second;
    }
    const double mx = sx / double(xy.size()), my = sy / double(xy.size());
    double cxy = 0, cxx = 0, cyy = 0;
    for (const auto &[x, y] : xy) {
        cxy += (x - mx) * (y - my);
        cxx += (x - mx) * (x - mx);
        cyy += (y - my) * (y - my);
    }
    bool pearsonFound = false, cramerFound = false;
    for (const Correlation &c : m_profile.correlations) {
        if (c.method == Correlation::Method::Pearson && c.a == QLatin1String("amount") && c.b == QLatin1String("qty")) {
            QVERIFY(close(c.value, cxy / std::sqrt(cxx * cyy), 1e-9));
            pearsonFound = true;
        }
        if (c.method == Correlation::Method::CramersV && c.a == QLatin1String("flag") && c.b == QLatin1String("country")) {
            std::map<std::pair<std::string, std::string>, double> table;
            std::map<std::string, double> rows, cols;
            double n = 0;
            for (const auto &row : m_table.rows) {
                table[{*row[5], *row[6]}] += 1;
                rows[*row[5]] += 1;
                cols[*row[6]] += 1;
                n += 1;
            }
            double chi2 = 0;
            for (const auto &[r, rn] : rows)
                for (const auto &[c2, cn] : cols) {
                    const double expected = rn * cn / n;
                    const double d = table[{r, c2}] - expected;
                    chi2 += d * d / expected;
                }
            const double v = std::sqrt(chi2 / (n * double(std::min(rows.size(), cols.size()) - 1)));
            QVERIFY(close(c.value, v, 1e-9));
            cramerFound = true;
        }
    }
    QVERIFY(pearsonFound);
    QVERIFY(cramerFound);
    QVERIFY(m_profile.candidateKeys.isEmpty() || !m_profile.candidateKeys.first().columns.contains(QStringLiteral("id")));
    bool duplicateAlert = false;
    for (const ProfileAlert &a : m_profile.alerts)
        duplicateAlert = duplicateAlert || a.kind == ProfileAlert::Kind::DuplicateRows;
    QVERIFY(duplicateAlert);
    QCOMPARE(m_profile.quality.size(), qsizetype(5));
    QVERIFY(m_profile.qualityOverall.has_value());
    QVERIFY(m_profile.sketchNotes.size() >= 1); // the Spearman sample note
}

void tst_Profiler::mergedStatesEqualSingleState()
{
    const std::vector<RecordBatch> batches = toBatches(m_table, 1000);
    const DatasetProfile single = profileBatches(batches, 1);
    for (const std::vector<int> &order : {std::vector<int>{0, 1, 2}, std::vector<int>{2, 0, 1}}) {
        const DatasetProfile merged = profileBatches(batches, 3, order);
        QCOMPARE(merged.rows, single.rows);
        QCOMPARE(merged.duplicateRows, single.duplicateRows);
        for (qsizetype c = 0; c < single.columns.size(); ++c) {
            const ProfileColumn &a = single.columns[c];
            const ProfileColumn &b = merged.columns[c];
            QCOMPARE(b.count, a.count);
            QCOMPARE(b.nulls, a.nulls);
            QCOMPARE(b.blanks, a.blanks);
            QCOMPARE(b.distinct, a.distinct);
            QCOMPARE(b.unique, a.unique);
            QCOMPARE(b.inferredType, a.inferredType);
            QCOMPARE(b.nonConformingCount, a.nonConformingCount);
            QCOMPARE(b.semanticType, a.semanticType);
            QCOMPARE(b.min, a.min);
            QCOMPARE(b.max, a.max);
            QCOMPARE(b.mean, a.mean);
            QCOMPARE(b.stddev, a.stddev);
            QCOMPARE(b.quantiles, a.quantiles);
            QCOMPARE(b.outliers, a.outliers);
            QCOMPARE(b.lengthMin, a.lengthMin);
            QCOMPARE(b.lengthMax, a.lengthMax);
            QCOMPARE(b.dateMin, a.dateMin);
            QCOMPARE(b.dateMax, a.dateMax);
            QCOMPARE(b.topValues.first().count, a.topValues.first().count);
            QCOMPARE(b.sqlTypePostgres, a.sqlTypePostgres);
            QCOMPARE(b.qualityOverall, a.qualityOverall);
        }
        QCOMPARE(merged.missingPatterns.size(), single.missingPatterns.size());
        for (qsizetype i = 0; i < single.missingPatterns.size(); ++i)
            QCOMPARE(merged.missingPatterns[i].rows, single.missingPatterns[i].rows);
        QCOMPARE(merged.correlations.size(), single.correlations.size());
        for (qsizetype i = 0; i < single.correlations.size(); ++i)
            QVERIFY(close(merged.correlations[i].value, single.correlations[i].value, 1e-9));
    }
}

void tst_Profiler::highCardinalityUsesSketches()
{
    // 150,000 rows, 100,000 distinct numbers: past the exact map, into the sketches.
    Table t;
    t.names = {QStringLiteral("value")};
    std::mt19937_64 random(11);
    std::vector<double> values;
    for (int i = 0; i < 150000; ++i) {
        const int k = i < 100000 ? i : int(random() % 100000);
        values.push_back(k * 1.5);
        t.rows.push_back({std::to_string(k * 1.5)});
    }
    const DatasetProfile p = profileBatches(toBatches(t, 8192), 2);
    const ProfileColumn &c = p.columns.first();
    QVERIFY(!c.distinctExact);
    QVERIFY2(std::abs(double(c.distinct) - 100000.0) / 100000.0 < 0.02, qPrintable(QString::number(c.distinct)));
    QVERIFY(!c.quantilesExact);
    std::sort(values.begin(), values.end());
    for (const auto &[name, q] : c.quantiles) {
        const double p100 = name.mid(1).toDouble() / 100.0;
        const auto rank = double(std::upper_bound(values.begin(), values.end(), q) - values.begin()) / double(values.size());
        QVERIFY2(std::abs(rank - p100) < 0.01, qPrintable(QStringLiteral("%1 rank %2").arg(name).arg(rank)));
    }
    // Moments stay exact past the spill.
    double sum = 0;
    for (const double v : values)
        sum += v;
    QVERIFY(close(*c.mean, sum / double(values.size())));
    QCOMPARE(*c.min, values.front());
    QCOMPARE(*c.max, values.back());
    QVERIFY(!p.sketchNotes.isEmpty());
    QVERIFY(p.sketchNotes.join(QLatin1Char(' ')).contains(QStringLiteral("HyperLogLog")));
}

void tst_Profiler::csvFileThroughConnector()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,name,score,joined\n");
    std::vector<double> scores;
    std::set<std::string> names;
    for (int i = 0; i < 2000; ++i) {
        const std::string name = "Person, " + std::to_string(i % 150);
        names.insert(name);
        const double score = double((i * 37) % 1000) / 10.0;
        scores.push_back(score);
        const QString line = QStringLiteral("%1,\"%2\",%3,2020-%4-%5\n")
                                 .arg(i)
                                 .arg(QString::fromStdString(name))
                                 .arg(score)
                                 .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                 .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        file.write(line.toUtf8());
    }
    file.close();
    auto settings = ConnectorRegistry::builtin().settingsForFile(path);
    QVERIFY2(settings, qPrintable(settings ? QString() : settings.error()));
    auto connector = ConnectorRegistry::builtin().create(settings->first, settings->second);
    QVERIFY(connector);
    ProfileOptions options;
    options.batchRows = 300;
    const Result<DatasetProfile> p = Profiler::profile(**connector, QString(), QString(), options);
    QVERIFY2(p, qPrintable(p ? QString() : p.error()));
    QCOMPARE(p->rows, qint64(2000));
    QCOMPARE(p->encoding, QStringLiteral("UTF-8"));
    QVERIFY(p->dialect.contains(QStringLiteral("header row")));
    const ProfileColumn &name = column(*p, QStringLiteral("name"));
    QCOMPARE(name.distinct, qint64(names.size()));
    const ProfileColumn &score = column(*p, QStringLiteral("score"));
    std::sort(scores.begin(), scores.end());
    QCOMPARE(*score.min, scores.front());
    QCOMPARE(*score.max, scores.back());
    QCOMPARE(score.quantiles[3].second, nearestRank(scores, 0.5));
    const ProfileColumn &id = column(*p, QStringLiteral("id"));
    QCOMPARE(id.inferredType, ProfileType::Integer);
    QCOMPARE(p->candidateKeys.first().columns, QStringList{QStringLiteral("id")});
    QVERIFY(p->candidateKeys.first().exact);
    QCOMPARE(column(*p, QStringLiteral("joined")).inferredType, ProfileType::Date);
    QCOMPARE(column(*p, QStringLiteral("joined")).dateMax, QStringLiteral("2020-12-28"));
}

void tst_Profiler::sampleMode()
{
    SyntheticConnector connector(50000);
    ProfileOptions options;
    options.sampleRows = 1234;
    options.batchRows = 500;
    const Result<DatasetProfile> p = Profiler::profile(connector, QStringLiteral("synthetic"), QString(), options);
    QVERIFY(p);
    QVERIFY(p->sampled);
    QCOMPARE(p->sampleRows, qint64(1234));
    QCOMPARE(p->rows, qint64(1234));
    QCOMPARE(column(*p, QStringLiteral("id")).distinct, qint64(1234));
    QVERIFY(p->sketchNotes.first().contains(QStringLiteral("1234")) || p->sketchNotes.first().contains(QStringLiteral("1,234")));
}

void tst_Profiler::cancel()
{
    // The reader raises the flag while the stream has millions of rows left: the run stops
    // between batches with an error that says so.
    std::atomic_bool cancel{false};
    SyntheticConnector connector(100000000, &cancel, 3);
    ProfileOptions options;
    options.cancel = &cancel;
    options.batchRows = 1000;
    const Result<DatasetProfile> p = Profiler::profile(connector, QStringLiteral("synthetic"), QString(), options);
    QVERIFY(!p);
    QVERIFY2(p.error().contains(QStringLiteral("cancelled")), qPrintable(p.error()));
    QVERIFY(p.error().contains(QStringLiteral("synthetic")));
}

void tst_Profiler::typedColumnsAndThreads()
{
    SyntheticConnector connector(20000);
    ProfileOptions one;
    one.threads = 1;
    one.batchRows = 700;
    ProfileOptions three = one;
    three.threads = 3;
    const Result<DatasetProfile> a = Profiler::profile(connector, QStringLiteral("synthetic"), QString(), one);
    const Result<DatasetProfile> b = Profiler::profile(connector, QStringLiteral("synthetic"), QString(), three);
    QVERIFY(a && b);
    QCOMPARE(a->rows, qint64(20000));
    const ProfileColumn &id = column(*a, QStringLiteral("id"));
    QCOMPARE(id.inferredType, ProfileType::Integer);
    QCOMPARE(id.sqlTypePostgres, QStringLiteral("SMALLINT"));
    QCOMPARE(id.distinct, qint64(20000));
    QCOMPARE(*id.max, 19999.0);
    const ProfileColumn &value = column(*a, QStringLiteral("value"));
    QCOMPARE(value.inferredType, ProfileType::Float);
    QCOMPARE(value.nulls, qint64(2000));
    QCOMPARE(value.sqlTypePostgres, QStringLiteral("DOUBLE PRECISION"));
    const ProfileColumn &day = column(*a, QStringLiteral("day"));
    QCOMPARE(day.inferredType, ProfileType::Date);
    QCOMPARE(day.dateMin, QStringLiteral("2019-04-14")); // day 18000 after 1970-01-01
    const ProfileColumn &label = column(*a, QStringLiteral("label"));
    QCOMPARE(label.distinct, qint64(3));
    QVERIFY(a->encoding.isEmpty()); // a table, not a file
    for (qsizetype c = 0; c < a->columns.size(); ++c) {
        QCOMPARE(b->columns[c].distinct, a->columns[c].distinct);
        QCOMPARE(b->columns[c].mean, a->columns[c].mean);
        QCOMPARE(b->columns[c].quantiles, a->columns[c].quantiles);
        QCOMPARE(b->columns[c].nulls, a->columns[c].nulls);
    }
    QCOMPARE(b->duplicateRows, qint64(0));
}

QTEST_GUILESS_MAIN(tst_Profiler)
#include "tst_profiler.moc"
