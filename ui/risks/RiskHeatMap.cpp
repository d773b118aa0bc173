#include "RiskHeatMap.h"

#include "RiskTableModel.h"
#include "domain/Risk.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace daicho {

namespace {
constexpr int kAxisTitle = 18;               // the axis titles: likelihood (turned) and impact
constexpr int kLeftAxis = 96 + kAxisTitle;   // likelihood names
constexpr int kBottomAxis = 40 + kAxisTitle; // impact names
constexpr int kTitle = 26;
} // namespace

RiskHeatMap::RiskHeatMap(QWidget* parent)
    : QWidget(parent)
    , m_method(RiskMethod::ipaDefault())
{
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RiskHeatMap::setTitle(const QString& title)
{
    m_title = title;
    update();
}

void RiskHeatMap::setMethod(const RiskMethod& method)
{
    m_method = method;
    update();
}

void RiskHeatMap::setCounts(const QHash<QPoint, int>& counts)
{
    m_counts = counts;
    update();
}

void RiskHeatMap::setSelected(std::optional<QPoint> cell)
{
    m_selected = cell;
    update();
}

QSize RiskHeatMap::sizeHint() const
{
    return {kLeftAxis + 60 * m_method.impactLevels + 8,
            kTitle + 44 * m_method.likelihoodLevels + kBottomAxis};
}

QSize RiskHeatMap::minimumSizeHint() const
{
    return {kLeftAxis + 36 * m_method.impactLevels,
            kTitle + 28 * m_method.likelihoodLevels + kBottomAxis};
}

QRect RiskHeatMap::gridRect() const
{
    return QRect(kLeftAxis, kTitle, width() - kLeftAxis - 8, height() - kTitle - kBottomAxis);
}

QRect RiskHeatMap::cellRect(int likelihood, int impact) const
{
    const QRect g = gridRect();
    const int cols = std::max(1, m_method.impactLevels);
    const int rows = std::max(1, m_method.likelihoodLevels);
    const int w = g.width() / cols;
    const int h = g.height() / rows;
    // Likelihood grows upwards.
    return QRect(g.left() + (impact - 1) * w, g.top() + (rows - likelihood) * h, w, h);
}

void RiskHeatMap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.drawText(QRect(0, 0, width(), kTitle), Qt::AlignCenter, m_title);
    p.setFont(font());
    for (int l = 1; l <= m_method.likelihoodLevels; ++l) {
        for (int i = 1; i <= m_method.impactLevels; ++i) {
            const QRect r = cellRect(l, i);
            const int band = m_method.bandFor(l * i);
            QColor fill = band >= 0
                              ? RiskTableModel::dispositionColor(m_method.band(band).disposition)
                              : palette().color(QPalette::Base);
            const int n = count(l, i);
            if (n == 0)
                fill = fill.lighter(112);
            p.fillRect(r, fill);
            p.setPen(palette().color(QPalette::Mid));
            p.drawRect(r.adjusted(0, 0, -1, -1));
            if (m_selected == QPoint(l, i)) {
                QPen pen(palette().color(QPalette::Highlight));
                pen.setWidth(3);
                p.setPen(pen);
                p.drawRect(r.adjusted(1, 1, -2, -2));
            }
            p.setPen(palette().color(QPalette::Text));
            if (n > 0) {
                QFont big = font();
                big.setPointSizeF(font().pointSizeF() * 1.4);
                big.setBold(true);
                p.setFont(big);
                p.drawText(r, Qt::AlignCenter, QString::number(n));
                p.setFont(font());
            }
            QFont small = font();
            small.setPointSizeF(font().pointSizeF() * 0.75);
            p.setFont(small);
            p.drawText(r.adjusted(3, 1, -3, -1), Qt::AlignRight | Qt::AlignBottom,
                       QString::number(l * i));
            p.setFont(font());
        }
    }
    p.setPen(palette().color(QPalette::Text));
    QFont axis = font();
    axis.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(axis);
    for (int l = 1; l <= m_method.likelihoodLevels; ++l) {
        const QRect r = cellRect(l, 1);
        p.drawText(QRect(kAxisTitle, r.top(), kLeftAxis - kAxisTitle - 6, r.height()),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                   QStringLiteral("%1 %2").arg(l).arg(m_method.likelihoodName(l)));
    }
    for (int i = 1; i <= m_method.impactLevels; ++i) {
        const QRect r = cellRect(1, i);
        // IPA's importance names carry the number (重要度 1): the axis title says the rest.
        const QString name = m_method.impactName(i);
        p.drawText(QRect(r.left(), r.bottom() + 2, r.width(), 18), Qt::AlignCenter,
                   QString::number(i));
        if (!name.contains(QString::number(i))) {
            const QString shown = p.fontMetrics().elidedText(name, Qt::ElideRight, r.width() - 2);
            p.drawText(QRect(r.left(), r.bottom() + 18, r.width(), 18), Qt::AlignCenter, shown);
        }
    }
    // Axis titles: likelihood up the left side, impact (IPA: importance) under the grid.
    const QRect g = gridRect();
    QFont axisTitle = axis;
    axisTitle.setBold(true);
    p.setFont(axisTitle);
    p.drawText(QRect(g.left(), height() - kAxisTitle, g.width(), kAxisTitle), Qt::AlignCenter,
               m_method.kind == RiskMethodKind::Ipa ? tr("Importance")
                                                    : RiskRules::fieldLabel(RiskField::Impact));
    p.save();
    p.translate(0, g.top() + g.height() / 2);
    p.rotate(-90);
    p.drawText(QRect(-g.height() / 2, 0, g.height(), kAxisTitle), Qt::AlignCenter,
               RiskRules::fieldLabel(RiskField::Likelihood));
    p.restore();
}

bool RiskHeatMap::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const QPoint at = static_cast<QHelpEvent*>(event)->pos();
    for (int l = 1; l <= m_method.likelihoodLevels; ++l) {
        for (int i = 1; i <= m_method.impactLevels; ++i) {
            if (!cellRect(l, i).contains(at))
                continue;
            const int band = m_method.bandFor(l * i);
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                               tr("%1 × %2 = %3 (%4): %n risk(s)", nullptr, count(l, i))
                                   .arg(m_method.likelihoodName(l), m_method.impactName(i))
                                   .arg(l * i)
                                   .arg(band >= 0 ? m_method.bandLabel(band) : QString()),
                               this);
            return true;
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void RiskHeatMap::mousePressEvent(QMouseEvent* event)
{
    for (int l = 1; l <= m_method.likelihoodLevels; ++l) {
        for (int i = 1; i <= m_method.impactLevels; ++i) {
            if (!cellRect(l, i).contains(event->position().toPoint()))
                continue;
            const QPoint cell(l, i);
            if (m_selected == cell)
                m_selected.reset();
            else
                m_selected = cell;
            update();
            Q_EMIT cellClicked(m_selected);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace daicho
