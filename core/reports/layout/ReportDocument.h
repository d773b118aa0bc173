#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

#include <variant>

namespace daicho::reports {

// What a report says, before it is cut into pages: sections of blocks, all text already in the
// report's language. The page layout turns this into pages; nothing here knows about fonts or
// page sizes.

// The text styles of a report; the layout maps each to one font.
enum class TextRole
{
    Body,
    BodyBold,
    Small,
    TableHeader,
    GroupHeading,
    SubgroupHeading,
    SectionTitle,
    CoverTitle,
    Heading,
};

// 作成 / 確認 / 承認: one box per role with empty name and date fields to sign.
struct ApprovalBlock
{
    QStringList roles;
    QString nameLabel;
    QString dateLabel;
};

// The title of a report on its first page, with the approval boxes beside it.
struct TitleBlock
{
    QString title;
    QString subtitle;
    QStringList details;    // lines under the subtitle: register, date, version
    ApprovalBlock approval; // no roles: no approval boxes
};

struct HeadingBlock
{
    QString text;
};

struct ParagraphBlock
{
    QString text;
    TextRole role = TextRole::Body;
};

// Label / value lines (a summary, the report's filter).
struct FieldsBlock
{
    QList<std::pair<QString, QString>> fields;
};

struct TableColumn
{
    QString title;
    qreal weight = 1; // share of the table width
    Qt::Alignment align = Qt::AlignLeft;
};

struct TableRow
{
    enum class Kind
    {
        Data,
        Group,    // a heading row across the table (e.g. the asset class)
        Subgroup, // a heading row under a group (e.g. the priority)
    };
    Kind kind = Kind::Data;
    QStringList cells; // Group/Subgroup: cells[0] is the heading
};

struct TableBlock
{
    QList<TableColumn> columns;
    QList<TableRow> rows;
    QString continued; // appended to a group heading repeated on the next page, e.g. "(cont.)"
    QString emptyText; // shown when there are no rows
};

// The audit pack's list of sections with the page each starts on (filled in by the layout).
struct ContentsBlock
{
    QString pageColumnTitle;
};

struct PageBreakBlock
{};

using Block = std::variant<TitleBlock, HeadingBlock, ParagraphBlock, FieldsBlock, TableBlock,
                           ContentsBlock, PageBreakBlock>;

// One report of a document; it starts on a new page and names itself in the page header.
struct Section
{
    QString title;
    bool listedInContents = true;
    QList<Block> blocks;
};

// What every page carries, in the report's language.
struct RunningText
{
    QString organisation;
    QString scope;          // "ISMS scope: 東京センター"
    QString asOf;           // "Register as of 2026-11-25 15:40"
    QString version;        // "Version: r123 · 1a2b3c4d"
    QString footer;         // left of the page number, e.g. "Daicho 0.1.0 · demo.daicho"
    QString pageOfTemplate; // "Page %1 of %2" / "%1 / %2 ページ"
};

struct ReportDocument
{
    QString language; // "ja" or "en"
    RunningText running;
    QList<Section> sections;
};

} // namespace daicho::reports
