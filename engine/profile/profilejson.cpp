#include "engine/profile/profilejson.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace miq {

namespace {

const QString formatId = QStringLiteral("migrateiq-profile");

// JSON has no NaN or infinity; a float column can still have them as min/max/mean. They are
// written as the strings "nan", "inf" and "-inf" so the round trip stays lossless.
QJsonValue number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("nan");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return v;
}

void putOptional(QJsonObject &o, const QString &key, const std::optional<double> &v)
{
    if (v)
        o.insert(key, number(*v));
}

void putOptional(QJsonObject &o, const QString &key, const std::optional<qint64> &v)
{
    if (v)
        o.insert(key, *v);
}

void putText(QJsonObject &o, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        o.insert(key, text);
}

QJsonArray valueCounts(const QList<ValueCount> &list)
{
    QJsonArray a;
    for (const ValueCount &v : list)
        a.append(QJsonObject{{QStringLiteral("value"), v.value}, {QStringLiteral("count"), v.count}});
    return a;
}

QJsonArray bins(const QList<HistogramBin> &list)
{
    QJsonArray a;
    for (const HistogramBin &b : list)
        a.append(QJsonObject{{QStringLiteral("low"), number(b.low)},
                             {QStringLiteral("high"), number(b.high)},
                             {QStringLiteral("count"), b.count}});
    return a;
}

QJsonArray alerts(const QList<ProfileAlert> &list)
{
    QJsonArray a;
    for (const ProfileAlert &alert : list) {
        QJsonObject o{{QStringLiteral("kind"), alertKindName(alert.kind)},
                      {QStringLiteral("message"), alert.message}};
        putText(o, QStringLiteral("column"), alert.column);
        a.append(o);
    }
    return a;
}

// `quality`: {dimension: score or null, ..., overall}; `quality_details`: the same in order with
// the explanations (an object loses the order, and the scores alone lose the reasons).
void putQuality(QJsonObject &o, const QList<QualityScore> &scores, const std::optional<double> &overall)
{
    QJsonObject quality;
    QJsonArray details;
    for (const QualityScore &s : scores) {
        const QString name = qualityDimensionName(s.dimension);
        quality.insert(name, s.score ? number(*s.score) : QJsonValue());
        QJsonObject d{{QStringLiteral("dimension"), name}, {QStringLiteral("explanation"), s.explanation}};
        putOptional(d, QStringLiteral("score"), s.score);
        details.append(d);
    }
    if (overall)
        quality.insert(QStringLiteral("overall"), number(*overall));
    o.insert(QStringLiteral("quality"), quality);
    o.insert(QStringLiteral("quality_details"), details);
}

QJsonObject columnToJson(const ProfileColumn &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("source_type"), columnTypeName(c.sourceType));
    o.insert(QStringLiteral("inferred_type"), profileTypeName(c.inferredType));
    o.insert(QStringLiteral("type_confidence"), number(c.typeConfidence));
    o.insert(QStringLiteral("non_conforming_count"), c.nonConformingCount);
    o.insert(QStringLiteral("non_conforming_examples"), QJsonArray::fromStringList(c.nonConformingExamples));
    putText(o, QStringLiteral("semantic_type"), semanticTypeName(c.semanticType));
    o.insert(QStringLiteral("semantic_confidence"), number(c.semanticConfidence));
    o.insert(QStringLiteral("pii"), c.pii);

    o.insert(QStringLiteral("count"), c.count);
    o.insert(QStringLiteral("nulls"), c.nulls);
    o.insert(QStringLiteral("blanks"), c.blanks);
    o.insert(QStringLiteral("zeros"), c.zeros);
    o.insert(QStringLiteral("negatives"), c.negatives);
    o.insert(QStringLiteral("distinct"), c.distinct);
    o.insert(QStringLiteral("distinct_exact"), c.distinctExact);
    o.insert(QStringLiteral("unique"), c.unique);
    o.insert(QStringLiteral("duplicates"), c.duplicates);

    putOptional(o, QStringLiteral("min"), c.min);
    putOptional(o, QStringLiteral("max"), c.max);
    putOptional(o, QStringLiteral("mean"), c.mean);
    putOptional(o, QStringLiteral("stddev"), c.stddev);
    putOptional(o, QStringLiteral("skewness"), c.skewness);
    putOptional(o, QStringLiteral("kurtosis"), c.kurtosis);
    putOptional(o, QStringLiteral("sum"), c.sum);
    QJsonObject quantiles;
    for (const auto &[name, value] : c.quantiles)
        quantiles.insert(name, number(value));
    o.insert(QStringLiteral("quantiles"), quantiles);
    o.insert(QStringLiteral("quantiles_exact"), c.quantilesExact);
    o.insert(QStringLiteral("outliers"), c.outliers);
    o.insert(QStringLiteral("histogram"), bins(c.histogram));

    putOptional(o, QStringLiteral("length_min"), c.lengthMin);
    putOptional(o, QStringLiteral("length_max"), c.lengthMax);
    putOptional(o, QStringLiteral("length_mean"), c.lengthMean);
    o.insert(QStringLiteral("length_histogram"), bins(c.lengthHistogram));
    o.insert(QStringLiteral("leading_whitespace"), c.leadingWhitespace);
    o.insert(QStringLiteral("trailing_whitespace"), c.trailingWhitespace);
    o.insert(QStringLiteral("upper_case"), c.upperCase);
    o.insert(QStringLiteral("lower_case"), c.lowerCase);
    o.insert(QStringLiteral("mixed_case"), c.mixedCase);
    o.insert(QStringLiteral("non_ascii"), c.nonAscii);
    o.insert(QStringLiteral("control_chars"), c.controlChars);
    o.insert(QStringLiteral("patterns"), valueCounts(c.patterns));

    putText(o, QStringLiteral("date_min"), c.dateMin);
    putText(o, QStringLiteral("date_max"), c.dateMax);
    o.insert(QStringLiteral("date_formats"), valueCounts(c.dateFormats));
    putText(o, QStringLiteral("day_month_decision"), c.dayMonthDecision);
    o.insert(QStringLiteral("by_year"), valueCounts(c.byYear));
    o.insert(QStringLiteral("by_month"), valueCounts(c.byMonth));
    o.insert(QStringLiteral("by_weekday"), valueCounts(c.byWeekday));

    o.insert(QStringLiteral("top_values"), valueCounts(c.topValues));
    o.insert(QStringLiteral("formats"), valueCounts(c.formats));

    QJsonObject sqlTypes;
    putText(sqlTypes, QStringLiteral("sqlite"), c.sqlTypeSqlite);
    putText(sqlTypes, QStringLiteral("postgres"), c.sqlTypePostgres);
    putText(sqlTypes, QStringLiteral("mysql"), c.sqlTypeMysql);
    o.insert(QStringLiteral("sql_types"), sqlTypes);
    o.insert(QStringLiteral("alerts"), alerts(c.alerts));
    putQuality(o, c.quality, c.qualityOverall);
    return o;
}

// Reads with the path of the current object for messages; keeps the first problem met.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QString *error)
        : m_o(o)
        , m_path(std::move(path))
        , m_error(error)
    {}

    bool failed() const { return !m_error->isEmpty(); }

    void fail(const QString &key, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = ProfileJson::tr("'%1': %2").arg(where(key), what);
    }

    QString where(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    QString text(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return QString();
        if (!v.isString())
            fail(key, ProfileJson::tr("expected text"));
        return v.toString();
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(key, ProfileJson::tr("expected true or false"));
        return v.toBool();
    }

    static std::optional<double> toNumber(const QJsonValue &v)
    {
        if (v.isDouble())
            return v.toDouble();
        if (v.isString()) {
            const QString s = v.toString();
            if (s == QLatin1String("nan"))
                return std::numeric_limits<double>::quiet_NaN();
            if (s == QLatin1String("inf"))
                return std::numeric_limits<double>::infinity();
            if (s == QLatin1String("-inf"))
                return -std::numeric_limits<double>::infinity();
        }
        return std::nullopt;
    }

    std::optional<double> optionalNumber(const QJsonValue &v, const QString &key)
    {
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const auto n = toNumber(v);
        if (!n)
            fail(key, ProfileJson::tr("expected a number"));
        return n;
    }

    std::optional<double> optionalNumber(const QString &key) { return optionalNumber(m_o.value(key), key); }

    double real(const QString &key, double fallback = 0) { return optionalNumber(key).value_or(fallback); }

    std::optional<qint64> optionalInteger(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())) {
            fail(key, ProfileJson::tr("expected a whole number"));
            return std::nullopt;
        }
        return qint64(v.toDouble());
    }

    qint64 integer(const QString &key, qint64 fallback = 0) { return optionalInteger(key).value_or(fallback); }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(key, ProfileJson::tr("expected a list"));
        return v.toArray();
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(key, ProfileJson::tr("expected an object"));
        return v.toObject();
    }

    QStringList strings(const QString &key)
    {
        QStringList list;
        const QJsonArray a = array(key);
        for (const QJsonValue &v : a) {
            if (!v.isString())
                fail(key, ProfileJson::tr("expected a list of texts"));
            list.append(v.toString());
        }
        return list;
    }

    // Walks the enum's values by their stable names: new values added to profile.h are found
    // without touching this file.
    template<typename Enum>
    Enum enumeration(const QString &key, QString (*name)(Enum), Enum fallback, bool required = true)
    {
        const QString id = text(key);
        if (id.isEmpty() && !required)
            return fallback;
        for (int i = 0; i < 256; ++i)
            if (name(Enum(i)) == id)
                return Enum(i);
        fail(key, id.isEmpty() ? ProfileJson::tr("missing") : ProfileJson::tr("unknown value '%1'").arg(id));
        return fallback;
    }

    QList<ValueCount> valueCounts(const QString &key)
    {
        QList<ValueCount> list;
        const QJsonArray a = array(key);
        for (int i = 0; i < a.size(); ++i) {
            Reader r(a.at(i).toObject(), QStringLiteral("%1[%2]").arg(where(key)).arg(i), m_error);
            list.append(ValueCount{r.text(QStringLiteral("value")), r.integer(QStringLiteral("count"))});
        }
        return list;
    }

    QList<HistogramBin> bins(const QString &key)
    {
        QList<HistogramBin> list;
        const QJsonArray a = array(key);
        for (int i = 0; i < a.size(); ++i) {
            Reader r(a.at(i).toObject(), QStringLiteral("%1[%2]").arg(where(key)).arg(i), m_error);
            list.append(HistogramBin{r.real(QStringLiteral("low")), r.real(QStringLiteral("high")),
                                     r.integer(QStringLiteral("count"))});
        }
        return list;
    }

    QList<ProfileAlert> alerts(const QString &key)
    {
        QList<ProfileAlert> list;
        const QJsonArray a = array(key);
        for (int i = 0; i < a.size(); ++i) {
            Reader r(a.at(i).toObject(), QStringLiteral("%1[%2]").arg(where(key)).arg(i), m_error);
            ProfileAlert alert;
            alert.kind = r.enumeration(QStringLiteral("kind"), alertKindName, ProfileAlert::Kind::Constant);
            alert.column = r.text(QStringLiteral("column"));
            alert.message = r.text(QStringLiteral("message"));
            list.append(alert);
        }
        return list;
    }

    void quality(QList<QualityScore> *scores, std::optional<double> *overall)
    {
        const QJsonObject quality = object(QStringLiteral("quality"));
        *overall = optionalNumber(quality.value(QStringLiteral("overall")), QStringLiteral("quality.overall"));
        const QJsonArray details = array(QStringLiteral("quality_details"));
        if (!details.isEmpty()) {
            for (int i = 0; i < details.size(); ++i) {
                Reader r(details.at(i).toObject(),
                         QStringLiteral("%1[%2]").arg(where(QStringLiteral("quality_details"))).arg(i), m_error);
                QualityScore s;
                s.dimension = r.enumeration(QStringLiteral("dimension"), qualityDimensionName,
                                            QualityScore::Dimension::Completeness);
                s.score = r.optionalNumber(QStringLiteral("score"));
                s.explanation = r.text(QStringLiteral("explanation"));
                scores->append(s);
            }
            return;
        }
        // Written by hand or by another tool: the scores without explanations.
        Reader r(quality, where(QStringLiteral("quality")), m_error);
        for (auto it = quality.begin(); it != quality.end(); ++it) {
            if (it.key() == QLatin1String("overall"))
                continue;
            QualityScore s;
            bool found = false;
            for (int i = 0; i < 256 && !found; ++i)
                if (qualityDimensionName(QualityScore::Dimension(i)) == it.key()) {
                    s.dimension = QualityScore::Dimension(i);
                    found = true;
                }
            if (!found)
                r.fail(it.key(), ProfileJson::tr("unknown quality dimension"));
            s.score = r.optionalNumber(it.value(), it.key());
            scores->append(s);
        }
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString *m_error;
};

// "p1" < "p5" < "p25" ... by the number after the p; other names after them, by name.
bool quantileBefore(const QString &a, const QString &b)
{
    bool okA = false, okB = false;
    const double na = a.mid(1).toDouble(&okA);
    const double nb = b.mid(1).toDouble(&okB);
    okA = okA && a.startsWith(QLatin1Char('p'));
    okB = okB && b.startsWith(QLatin1Char('p'));
    if (okA != okB)
        return okA;
    if (okA && na != nb)
        return na < nb;
    return a < b;
}

ProfileColumn columnFromJson(const QJsonObject &o, const QString &path, QString *error)
{
    Reader r(o, path, error);
    ProfileColumn c;
    c.name = r.text(QStringLiteral("name"));
    const QString sourceType = r.text(QStringLiteral("source_type"));
    bool known = sourceType.isEmpty();
    for (int i = 0; i < 64 && !known; ++i)
        if (columnTypeName(ColumnType(i)) == sourceType) {
            c.sourceType = ColumnType(i);
            known = true;
        }
    if (!known)
        r.fail(QStringLiteral("source_type"), ProfileJson::tr("unknown value '%1'").arg(sourceType));
    c.inferredType = r.enumeration(QStringLiteral("inferred_type"), profileTypeName, ProfileType::Text);
    c.typeConfidence = r.real(QStringLiteral("type_confidence"));
    c.nonConformingCount = r.integer(QStringLiteral("non_conforming_count"));
    c.nonConformingExamples = r.strings(QStringLiteral("non_conforming_examples"));
    c.semanticType = r.enumeration(QStringLiteral("semantic_type"), semanticTypeName, SemanticType::None, false);
    c.semanticConfidence = r.real(QStringLiteral("semantic_confidence"));
    c.pii = r.boolean(QStringLiteral("pii"), false);

    c.count = r.integer(QStringLiteral("count"));
    c.nulls = r.integer(QStringLiteral("nulls"));
    c.blanks = r.integer(QStringLiteral("blanks"));
    c.zeros = r.integer(QStringLiteral("zeros"));
    c.negatives = r.integer(QStringLiteral("negatives"));
    c.distinct = r.integer(QStringLiteral("distinct"));
    c.distinctExact = r.boolean(QStringLiteral("distinct_exact"), true);
    c.unique = r.integer(QStringLiteral("unique"));
    c.duplicates = r.integer(QStringLiteral("duplicates"));

    c.min = r.optionalNumber(QStringLiteral("min"));
    c.max = r.optionalNumber(QStringLiteral("max"));
    c.mean = r.optionalNumber(QStringLiteral("mean"));
    c.stddev = r.optionalNumber(QStringLiteral("stddev"));
    c.skewness = r.optionalNumber(QStringLiteral("skewness"));
    c.kurtosis = r.optionalNumber(QStringLiteral("kurtosis"));
    c.sum = r.optionalNumber(QStringLiteral("sum"));
    const QJsonObject quantiles = r.object(QStringLiteral("quantiles"));
    QStringList names = quantiles.keys();
    std::sort(names.begin(), names.end(), quantileBefore);
    for (const QString &name : names) {
        const auto value = r.optionalNumber(quantiles.value(name), QStringLiteral("quantiles.") + name);
        if (value)
            c.quantiles.append({name, *value});
    }
    c.quantilesExact = r.boolean(QStringLiteral("quantiles_exact"), true);
    c.outliers = r.integer(QStringLiteral("outliers"));
    c.histogram = r.bins(QStringLiteral("histogram"));

    c.lengthMin = r.optionalInteger(QStringLiteral("length_min"));
    c.lengthMax = r.optionalInteger(QStringLiteral("length_max"));
    c.lengthMean = r.optionalNumber(QStringLiteral("length_mean"));
    c.lengthHistogram = r.bins(QStringLiteral("length_histogram"));
    c.leadingWhitespace = r.integer(QStringLiteral("leading_whitespace"));
    c.trailingWhitespace = r.integer(QStringLiteral("trailing_whitespace"));
    c.upperCase = r.integer(QStringLiteral("upper_case"));
    c.lowerCase = r.integer(QStringLiteral("lower_case"));
    c.mixedCase = r.integer(QStringLiteral("mixed_case"));
    c.nonAscii = r.integer(QStringLiteral("non_ascii"));
    c.controlChars = r.integer(QStringLiteral("control_chars"));
    c.patterns = r.valueCounts(QStringLiteral("patterns"));

    c.dateMin = r.text(QStringLiteral("date_min"));
    c.dateMax = r.text(QStringLiteral("date_max"));
    c.dateFormats = r.valueCounts(QStringLiteral("date_formats"));
    c.dayMonthDecision = r.text(QStringLiteral("day_month_decision"));
    c.byYear = r.valueCounts(QStringLiteral("by_year"));
    c.byMonth = r.valueCounts(QStringLiteral("by_month"));
    c.byWeekday = r.valueCounts(QStringLiteral("by_weekday"));

    c.topValues = r.valueCounts(QStringLiteral("top_values"));
    c.formats = r.valueCounts(QStringLiteral("formats"));

    const QJsonObject sqlTypes = r.object(QStringLiteral("sql_types"));
    Reader sql(sqlTypes, r.where(QStringLiteral("sql_types")), error);
    c.sqlTypeSqlite = sql.text(QStringLiteral("sqlite"));
    c.sqlTypePostgres = sql.text(QStringLiteral("postgres"));
    c.sqlTypeMysql = sql.text(QStringLiteral("mysql"));
    c.alerts = r.alerts(QStringLiteral("alerts"));
    r.quality(&c.quality, &c.qualityOverall);
    return c;
}

} // namespace

QJsonObject profileToJson(const DatasetProfile &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), formatId);
    o.insert(QStringLiteral("format_version"), ProfileJson::FormatVersion);
    o.insert(QStringLiteral("source"), p.sourceName);
    o.insert(QStringLiteral("stream"), p.stream);
    if (p.profiledAt.isValid())
        o.insert(QStringLiteral("profiled_at"), p.profiledAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("sampled"), p.sampled);
    o.insert(QStringLiteral("sample_rows"), p.sampleRows);
    o.insert(QStringLiteral("rows"), p.rows);
    o.insert(QStringLiteral("duplicate_rows"), p.duplicateRows);
    o.insert(QStringLiteral("duplicate_rows_exact"), p.duplicateRowsExact);
    o.insert(QStringLiteral("bad_records"), p.badRecords);
    o.insert(QStringLiteral("seconds"), number(p.seconds));
    putText(o, QStringLiteral("encoding"), p.encoding);
    putText(o, QStringLiteral("dialect"), p.dialect);

    QJsonArray columns;
    for (const ProfileColumn &c : p.columns)
        columns.append(columnToJson(c));
    o.insert(QStringLiteral("columns"), columns);

    QJsonArray missing;
    for (const MissingPattern &m : p.missingPatterns)
        missing.append(QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(m.columns)},
                                   {QStringLiteral("rows"), m.rows}});
    o.insert(QStringLiteral("missing_patterns"), missing);

    QJsonArray correlations;
    for (const Correlation &c : p.correlations)
        correlations.append(QJsonObject{{QStringLiteral("a"), c.a},
                                        {QStringLiteral("b"), c.b},
                                        {QStringLiteral("method"), correlationMethodName(c.method)},
                                        {QStringLiteral("value"), number(c.value)}});
    o.insert(QStringLiteral("correlations"), correlations);

    QJsonArray keys;
    for (const CandidateKey &k : p.candidateKeys)
        keys.append(QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(k.columns)},
                                {QStringLiteral("exact"), k.exact}});
    o.insert(QStringLiteral("candidate_keys"), keys);

    o.insert(QStringLiteral("alerts"), alerts(p.alerts));
    putQuality(o, p.quality, p.qualityOverall);
    o.insert(QStringLiteral("sketch_notes"), QJsonArray::fromStringList(p.sketchNotes));
    return o;
}

Result<DatasetProfile> profileFromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != formatId)
        return Error(ProfileJson::tr("This is not a MigrateIQ profile (the key 'format' is not '%1').").arg(formatId));
    const int version = json.value(QStringLiteral("format_version")).toInt();
    if (version > ProfileJson::FormatVersion)
        return Error(ProfileJson::tr("This profile was written by a newer version of MigrateIQ (profile format %1; "
                                     "this version reads up to %2).")
                         .arg(version)
                         .arg(ProfileJson::FormatVersion));

    QString error;
    Reader r(json, QString(), &error);
    DatasetProfile p;
    p.sourceName = r.text(QStringLiteral("source"));
    p.stream = r.text(QStringLiteral("stream"));
    const QString at = r.text(QStringLiteral("profiled_at"));
    if (!at.isEmpty()) {
        p.profiledAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!p.profiledAt.isValid())
            r.fail(QStringLiteral("profiled_at"), ProfileJson::tr("expected an ISO 8601 date and time"));
        p.profiledAt = p.profiledAt.toUTC();
    }
    p.sampled = r.boolean(QStringLiteral("sampled"), false);
    p.sampleRows = r.integer(QStringLiteral("sample_rows"), -1);
    p.rows = r.integer(QStringLiteral("rows"));
    p.duplicateRows = r.integer(QStringLiteral("duplicate_rows"));
    p.duplicateRowsExact = r.boolean(QStringLiteral("duplicate_rows_exact"), true);
    p.badRecords = r.integer(QStringLiteral("bad_records"));
    p.seconds = r.real(QStringLiteral("seconds"));
    p.encoding = r.text(QStringLiteral("encoding"));
    p.dialect = r.text(QStringLiteral("dialect"));

    const QJsonArray columns = r.array(QStringLiteral("columns"));
    for (int i = 0; i < columns.size(); ++i)
        p.columns.append(columnFromJson(columns.at(i).toObject(), QStringLiteral("columns[%1]").arg(i), &error));

    const QJsonArray missing = r.array(QStringLiteral("missing_patterns"));
    for (int i = 0; i < missing.size(); ++i) {
        Reader m(missing.at(i).toObject(), QStringLiteral("missing_patterns[%1]").arg(i), &error);
        p.missingPatterns.append(MissingPattern{m.strings(QStringLiteral("columns")), m.integer(QStringLiteral("rows"))});
    }
    const QJsonArray correlations = r.array(QStringLiteral("correlations"));
    for (int i = 0; i < correlations.size(); ++i) {
        Reader c(correlations.at(i).toObject(), QStringLiteral("correlations[%1]").arg(i), &error);
        Correlation corr;
        corr.a = c.text(QStringLiteral("a"));
        corr.b = c.text(QStringLiteral("b"));
        corr.method = c.enumeration(QStringLiteral("method"), correlationMethodName, Correlation::Method::Pearson);
        corr.value = c.real(QStringLiteral("value"));
        p.correlations.append(corr);
    }
    const QJsonArray keys = r.array(QStringLiteral("candidate_keys"));
    for (int i = 0; i < keys.size(); ++i) {
        Reader k(keys.at(i).toObject(), QStringLiteral("candidate_keys[%1]").arg(i), &error);
        p.candidateKeys.append(CandidateKey{k.strings(QStringLiteral("columns")), k.boolean(QStringLiteral("exact"), true)});
    }
    p.alerts = r.alerts(QStringLiteral("alerts"));
    r.quality(&p.quality, &p.qualityOverall);
    p.sketchNotes = r.strings(QStringLiteral("sketch_notes"));

    if (!error.isEmpty())
        return Error(ProfileJson::tr("Cannot read the profile of '%1' (%2): %3")
                         .arg(p.sourceName, p.stream, error));
    return p;
}

} // namespace miq
