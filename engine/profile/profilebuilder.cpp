#include "engine/profile/profilebuilder.h"

#include "engine/profile/columnprofiler.h"
#include "engine/profile/profilequality.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace miq {

namespace {

bool isNumericType(ProfileType t)
{
    return t == ProfileType::Integer || t == ProfileType::Decimal || t == ProfileType::Float;
}

// Ranks (ties get their average rank) of the non-NaN values; NaN stays NaN.
std::vector<double> ranks(const std::vector<double> &values)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i]))
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> out(values.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = (double(i) + double(j)) / 2.0 + 1.0;
        for (std::size_t k = i; k <= j; ++k)
            out[order[k]] = rank;
        i = j + 1;
    }
    return out;
}

double pearsonOf(const std::vector<double> &x, const std::vector<double> &y)
{
    CoMoments m;
    m.addBatch(x.data(), y.data(), x.size());
    return m.pearson();
}

QString countText(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

DatasetProfile ProfileBuilder::build(const ProfileState &state, const ProfileContext &context)
{
    DatasetProfile p;
    p.sourceName = context.sourceName;
    p.stream = context.stream;
    p.profiledAt = context.profiledAt;
    p.sampled = context.sampled;
    p.sampleRows = context.sampleRows;
    p.rows = state.rows();
    p.badRecords = context.badRecords;
    p.seconds = context.seconds;
    p.encoding = context.encoding;
    p.dialect = context.dialect;

    const HashSample &rowSample = state.rowSample();
    p.duplicateRowsExact = rowSample.exact();
    p.duplicateRows = std::min<qint64>(p.rows, std::llround(rowSample.duplicates()));

    const Schema &schema = state.schema();
    std::vector<ColumnSummary> summaries;
    std::vector<ColumnFacts> facts(schema.size());
    ProfileQuality::Tally tally;
    QStringList estimatedDistinct, estimatedQuantiles;
    for (std::size_t c = 0; c < schema.size(); ++c) {
        summaries.push_back(state.columns()[c].summarize());
        ProfileColumn column = ColumnProfiler::build(schema[c], summaries.back(), context.streamIsFile, facts[c]);
        ProfileQuality::addColumnAlerts(column, facts[c], context.streamIsFile);
        ProfileQuality::scoreColumn(column, facts[c], summaries.back().stats, tally);
        if (!column.distinctExact)
            estimatedDistinct << column.name;
        if (!column.quantilesExact && !column.quantiles.isEmpty())
            estimatedQuantiles << column.name;
        p.columns.append(column);
    }

    // Missing-value patterns, most frequent first.
    std::vector<std::pair<std::uint64_t, std::int64_t>> patterns(state.missingPatterns().begin(), state.missingPatterns().end());
    if (state.completeRows() > 0)
        patterns.emplace_back(0, state.completeRows());
    std::sort(patterns.begin(), patterns.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (const auto &[mask, rows] : patterns) {
        if (p.missingPatterns.size() >= missingPatternsShown)
            break;
        MissingPattern pattern;
        for (std::size_t c = 0; c < schema.size() && c < 64; ++c)
            if (mask >> c & 1)
                pattern.columns << schema[c].name;
        pattern.rows = rows;
        p.missingPatterns.append(pattern);
    }

    // Correlations. Pearson: exact co-moments for the first numeric columns, the row sample for others.
    const ProfileRoles &roles = state.roles();
    const auto numericColumn = [&](int c) { return isNumericType(p.columns[c].inferredType); };
    const std::vector<int> &pc = roles.pearsonColumns;
    std::size_t pair = 0;
    for (std::size_t i = 0; i < pc.size(); ++i) {
        for (std::size_t j = i + 1; j < pc.size(); ++j, ++pair) {
            if (!numericColumn(pc[i]) || !numericColumn(pc[j]))
                continue;
            const double r = state.pearson()[pair].pearson();
            if (std::isfinite(r))
                p.correlations.append(Correlation{schema[std::size_t(pc[i])].name, schema[std::size_t(pc[j])].name,
                                                  Correlation::Method::Pearson, r});
        }
    }
    const std::vector<int> &rc = roles.reservoirColumns;
    const std::vector<std::vector<double>> sample = state.reservoir();
    bool sampledPearson = false;
    if (!sample.empty()) {
        std::vector<std::vector<double>> columns(rc.size(), std::vector<double>(sample.size()));
        for (std::size_t r = 0; r < sample.size(); ++r)
            for (std::size_t k = 0; k < rc.size(); ++k)
                columns[k][r] = sample[r][k];
        std::vector<std::vector<double>> ranked(rc.size());
        for (std::size_t k = 0; k < rc.size(); ++k)
            if (numericColumn(rc[k]))
                ranked[k] = ranks(columns[k]);
        for (std::size_t i = 0; i < rc.size(); ++i) {
            for (std::size_t j = i + 1; j < rc.size(); ++j) {
                if (!numericColumn(rc[i]) || !numericColumn(rc[j]))
                    continue;
                const QString a = schema[std::size_t(rc[i])].name;
                const QString b = schema[std::size_t(rc[j])].name;
                const bool exactPair = std::find(pc.begin(), pc.end(), rc[i]) != pc.end()
                                       && std::find(pc.begin(), pc.end(), rc[j]) != pc.end();
                if (!exactPair) {
                    const double r = pearsonOf(columns[i], columns[j]);
                    if (std::isfinite(r)) {
                        p.correlations.append(Correlation{a, b, Correlation::Method::Pearson, r});
                        sampledPearson = true;
                    }
                }
                const double rho = pearsonOf(ranked[i], ranked[j]);
                if (std::isfinite(rho))
                    p.correlations.append(Correlation{a, b, Correlation::Method::Spearman, rho});
            }
        }
    }
    // Cramér's V over exact contingency tables of low-cardinality columns.
    const std::vector<int> &cc = roles.categorical;
    pair = 0;
    for (std::size_t i = 0; i < cc.size(); ++i) {
        for (std::size_t j = i + 1; j < cc.size(); ++j, ++pair) {
            const ProfileColumn &ca = p.columns[cc[i]];
            const ProfileColumn &cb = p.columns[cc[j]];
            if (!state.contingencyValid()[pair] || !ca.distinctExact || !cb.distinctExact || ca.distinct > 50
                || cb.distinct > 50 || ca.distinct < 2 || cb.distinct < 2)
                continue;
            const std::vector<std::int64_t> &table = state.contingency()[pair];
            std::vector<double> rowSums(64, 0), colSums(64, 0);
            double n = 0;
            for (std::size_t a = 0; a < 64; ++a)
                for (std::size_t b = 0; b < 64; ++b) {
                    const double v = double(table[a * 64 + b]);
                    rowSums[a] += v;
                    colSums[b] += v;
                    n += v;
                }
            if (n == 0)
                continue;
            double chi2 = 0;
            int rowsUsed = 0, colsUsed = 0;
            for (std::size_t a = 0; a < 64; ++a)
                rowsUsed += rowSums[a] > 0;
            for (std::size_t b = 0; b < 64; ++b)
                colsUsed += colSums[b] > 0;
            for (std::size_t a = 0; a < 64; ++a) {
                if (rowSums[a] == 0)
                    continue;
                for (std::size_t b = 0; b < 64; ++b) {
                    if (colSums[b] == 0)
                        continue;
                    const double expected = rowSums[a] * colSums[b] / n;
                    const double d = double(table[a * 64 + b]) - expected;
                    chi2 += d * d / expected;
                }
            }
            const int k = std::min(rowsUsed, colsUsed) - 1;
            if (k < 1)
                continue;
            p.correlations.append(Correlation{ca.name, cb.name, Correlation::Method::CramersV, std::sqrt(chi2 / (n * k))});
        }
    }

    // Candidate keys.
    std::vector<bool> singleKey(schema.size(), false);
    for (std::size_t c = 0; c < schema.size(); ++c) {
        const ProfileColumn &col = p.columns[c];
        if (p.rows > 1 && col.nulls + col.blanks == 0 && facts[c].noRepeats
            && (!col.distinctExact || col.distinct == p.rows)) {
            singleKey[c] = true;
            p.candidateKeys.append(CandidateKey{{col.name}, col.distinctExact});
        }
    }
    for (std::size_t k = 0; k < roles.keyPairs.size(); ++k) {
        const auto [a, b] = roles.keyPairs[k];
        const HashSample &pairs = state.pairSamples()[k];
        if (p.rows < 2 || singleKey[std::size_t(a)] || singleKey[std::size_t(b)] || state.pairHasMissing()[k]
            || pairs.sampledTotal() != pairs.sampledDistinct())
            continue;
        p.candidateKeys.append(CandidateKey{{schema[std::size_t(a)].name, schema[std::size_t(b)].name}, pairs.exact()});
    }

    // Alerts: dataset-level, then every column's, most severe first.
    if (p.duplicateRows > 0)
        p.alerts << ProfileAlert{ProfileAlert::Kind::DuplicateRows, QString(),
                                 tr("%1%2 of the %3 rows are exact duplicates of another row.")
                                     .arg(p.duplicateRowsExact ? QString() : tr("About "), countText(p.duplicateRows), countText(p.rows))};
    for (const Correlation &c : std::as_const(p.correlations)) {
        if (std::abs(c.value) < highCorrelation)
            continue;
        bool seen = false;
        for (const ProfileAlert &a : std::as_const(p.alerts))
            seen = seen || (a.kind == ProfileAlert::Kind::HighCorrelation && a.column == c.a && a.message.contains(c.b));
        if (seen)
            continue;
        p.alerts << ProfileAlert{ProfileAlert::Kind::HighCorrelation, c.a,
                                 tr("'%1' and '%2' are strongly related (%3 %4): one may be derived from the other.")
                                     .arg(c.a, c.b, correlationMethodName(c.method), QLocale().toString(c.value, 'f', 2))};
    }
    for (const ProfileColumn &col : std::as_const(p.columns))
        p.alerts += col.alerts;
    std::stable_sort(p.alerts.begin(), p.alerts.end(), [](const ProfileAlert &a, const ProfileAlert &b) {
        return ProfileQuality::severity(a.kind) < ProfileQuality::severity(b.kind);
    });

    p.quality = ProfileQuality::scoreDataset(tally, p.rows, p.duplicateRows, p.duplicateRowsExact);
    p.qualityOverall = ProfileQuality::overall(p.quality);

    // What is estimated, and how well.
    if (p.sampled)
        p.sketchNotes << tr("Only the first %1 rows were profiled (sample mode); every figure describes them, not the "
                            "whole stream.")
                             .arg(countText(p.sampleRows));
    if (!estimatedDistinct.isEmpty())
        p.sketchNotes << tr("More than %1 distinct values in %2: distinct counts are HyperLogLog estimates (standard "
                            "error 0.4%, within 2%); unique counts are estimated from a sample of the "
                            "distinct values; top-value counts are lower bounds (Space-Saving, 64 counters).")
                             .arg(countText(qint64(ColumnState::exactLimit)), estimatedDistinct.join(QStringLiteral(", ")));
    if (!estimatedQuantiles.isEmpty())
        p.sketchNotes << tr("Quantiles, histograms and outlier counts of %1 come from a KLL sketch (k = 400, rank "
                            "error below 1%).")
                             .arg(estimatedQuantiles.join(QStringLiteral(", ")));
    if (!p.duplicateRowsExact)
        p.sketchNotes << tr("Duplicate rows are estimated from a 1-in-%1 sample of row hashes (more than %2 distinct rows).")
                             .arg(countText(qint64(1) << rowSample.level()), countText(qint64(ProfileState::rowSampleCapacity)));
    if (!sample.empty())
        p.sketchNotes << tr("Spearman correlations%1 are computed on a sample of %2 rows.")
                             .arg(sampledPearson ? tr(" (and Pearson beyond the first %1 numeric columns)").arg(ProfileRoles::maxPearsonColumns)
                                                 : QString(),
                                  countText(qint64(sample.size())));
    bool sampledKeys = false;
    for (const CandidateKey &k : std::as_const(p.candidateKeys))
        sampledKeys = sampledKeys || !k.exact;
    if (sampledKeys)
        p.sketchNotes << tr("Some candidate keys are judged from a sample of their values (marked not exact).");
    if (schema.size() > 64)
        p.sketchNotes << tr("Missing-value patterns cover the first 64 columns.");
    return p;
}

} // namespace miq
