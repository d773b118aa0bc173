#pragma once

#include "domain/Risk.h"
#include "domain/RiskMethod.h"
#include "support/Result.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QStringList>

namespace daicho {
class Register;
}

namespace daicho::reports {

// What the risk reports read from the register, once: the risks, the method version each was
// scored under, the threats and the assets' codes, and how to say them in the report's
// language.
class RiskReportData
{
    Q_DECLARE_TR_FUNCTIONS(RiskReportData)

public:
    static Result<RiskReportData> load(Register& reg, const QLocale& locale);

    QList<Risk> risks;  // ordered by code
    RiskMethod current; // the method in use
    QDate today;

    const RiskMethod& methodOf(const Risk& r) const;
    QString threatName(const Risk& r) const;
    QString assetCodes(const Risk& r) const; // "CUS-DB-001, CUS-SV-001"
    QString controls(const Risk& r, const QString& soaCatalog) const;
    // "Treat (6)", or "—" when not scored.
    QString level(const Risk& r, const std::optional<RiskAssessment>& a) const;
    // The disposition of the risk's inherent band; nullopt when not scored.
    std::optional<RiskDisposition> disposition(const Risk& r) const;
    // Bands of the current method, highest first, with its legend line.
    QString methodLegend() const;
    QString date(const QDateTime& utc) const;

private:
    QHash<int, RiskMethod> m_methods;
    QHash<qint64, QString> m_threats;
    QHash<qint64, QString> m_assets;
    QLocale m_locale;
    QCollator m_collator;
};

} // namespace daicho::reports
