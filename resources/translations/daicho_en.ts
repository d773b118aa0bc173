<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArgParser</name>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>option --%1 must be one of: %2 (got "%3")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>option --%1 is given more than once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing argument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetColumns</name>
    <message>
        <source>Special-care personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My Number data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetCommands</name>
    <message>
        <source>The asset no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New asset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit asset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete asset %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n asset(s)</source>
        <translation><numerusform>Delete %n asset</numerusform><numerusform>Delete %n assets</numerusform></translation>
    </message>
    <message>
        <source>Add dependency %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove dependency %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set priority of %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear priority override of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty: there is no header row and no asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A column without a header is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown column "%1" is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column "%1" is not imported: Daicho computes it or does not keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column for the asset code (e.g. "code", "管理番号", "資産ID").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column for the asset name (e.g. "name", "情報資産名称", "資産名").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column for the asset class, and no default class was given (--default-class customer|test|internal).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column for the subtype, and no default subtype was given (--default-subtype physical|software|data|service|media).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The asset class is empty and no default class was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The subtype is empty and no default subtype was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code "%1" is already used on line %2 of this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code "%1" is already in the register (use --on-duplicate update or skip).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has a header but no asset rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column "%1" is not imported, as the mapping says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column "%1" gives the asset codes (the file has no code column).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import could not start: %1. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetRules</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtype</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owning department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers' data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code contains a line break or control character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name contains a line break or control character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtype "%1" is only allowed for internal assets, not for %2 assets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be 1, 2 or 3 (got %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A priority override needs a reason; it is kept in the change history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance 3: the asset holds %1, which the law protects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance %1: the highest of confidentiality %2, integrity %3 and availability %4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetService</name>
    <message>
        <source>No asset has the code "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The asset "%1" was not found after it was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A write failed and everything written with it was rolled back; nothing more can be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetTableIo</name>
    <message>
        <source>The option --%1 does not apply to the assets table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown default class "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown default subtype "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--cia-scale must be 1-3 or 0-2 (got "%1").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information assets</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetTerms</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Magnetic media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special-care personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My Number data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers' personal data held on the service's servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stable operation of the service (availability and integrity)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal technical and operational information</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetValues</name>
    <message>
        <source>Unknown asset class "%1"; expected one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown subtype "%1"; expected one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a number from 0 to 2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a number from 1 to 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is outside the 0–2 scale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is outside the 1–3 scale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the file uses IPA's older 0–2 scale, say so and it is converted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not yes or no (write yes/no, ○/×, 有/無 or あり/なし).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown kind of personal data "%1"; expected one of: %2, or yes/no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown priority "%1"; expected P1, P2 or P3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date; write it as 2026-04-01.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditPack</name>
    <message>
        <source>ISMS audit documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset inventory, risk assessment results, risk treatment plan and Statement of Applicability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every page shows the register's revision: the documents show the register as it was at that revision, and its change history shows every change since.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Not a control catalog (JSON error at offset %1: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a Daicho control catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catalog format %1 is not supported by this Daicho (it reads up to %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog has no key or version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A theme lacks its id or a title in English or Japanese.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The theme %1 is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A control has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The control %1 lacks a title in English or Japanese.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The control %1 names an unknown theme "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The control %1 is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog lists no controls.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogMapping</name>
    <message>
        <source>Not a control mapping (JSON error at offset %1: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a Daicho control mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This mapping format is not supported by this Daicho.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping lacks its key, version or catalogs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mapping entry has no source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 maps to nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is mapped twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping is from %1 to %2, not from %3 to %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a control of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 maps to %2, which is not a control of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not mapped.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Catalogs</name>
    <message>
        <source>Unknown catalog "%1"; the catalogs are: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check DB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verify the file's integrity, schema version and change-history chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit status 0 when the register is sound, 1 when something is wrong (each finding is printed), 2 when the file is not a Daicho register.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: sound (schema %2, integrity ok, %n history entries verified, register matches its history)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: daicho-cli COMMAND [ARGUMENTS] [--lang ja|en]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daicho keeps an ISMS register of information assets, risks and controls in one file. This program does the same jobs as the Daicho window, without a screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show this help, or a command's help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language of messages (default: from the system locale)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the input was refused (nothing was written)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage error, I/O error, or a file that is not a Daicho register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "daicho-cli COMMAND --help" for the options of a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: daicho-cli %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "daicho-cli %1 --help" for its options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>daicho-cli: --lang must be ja or en (got "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>daicho-cli: unknown command "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "daicho-cli --help" for the list of commands.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Cannot write the mapping: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the mapping: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a column mapping (JSON: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a Daicho column mapping (no "format": "%1").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A column mapping of a version this Daicho does not know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This mapping is for the table "%1", not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column "%1" is mapped to "%2", which is not a column of this table.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ControlCatalogTableIo</name>
    <message>
        <source>The table "%1" is built into Daicho and cannot be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option --%1 does not apply to the table "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme (Japanese)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control catalog</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ControlMappingTableIo</name>
    <message>
        <source>The option --%1 does not apply to the table "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISO/IEC 27001:2013</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title (2013)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISO/IEC 27001:2022</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title (2022)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>merged from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>split into %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new in 2022</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control mapping 2013 → 2022</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>CSV, UTF-8 with BOM, for Excel (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, Shift_JIS (CP932) (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Assets to CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assets.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assets were not exported.

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets from CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets to CSV…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>CsvEncodings</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This line has bytes that are not valid %1 text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file may be in another encoding: choose it explicitly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A line longer than %1 MB: this is not a CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>A field longer than %n characters starts here (column %1).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n fields in one record.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>A quoted field that starts here (column %1) is never closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A NUL byte (column %1): this looks like a binary file, or UTF-16 without a byte-order mark.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quote inside a field that does not start with a quote (column %1). Quote the whole field and double the quote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text after the closing quote of a field (column %1). Quote the whole field and double any quote inside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A NUL byte on this line: this looks like a binary file, or UTF-16 without a byte-order mark.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be written in %2 (the character "%3"). Export in UTF-8 instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value cannot be written in %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 It was not opened and has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty, so it is not a Daicho register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not a Daicho register (not an SQLite database).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is an SQLite database of another application, not a Daicho register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the register was written by a newer version of Daicho (file format %1; this version reads up to %2). Update Daicho to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the register has no schema; it is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file header is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is truncated or damaged (%1 bytes, expected %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is truncated or damaged (its size is not a whole number of pages).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Qt SQLite driver is not available (install libqt6sql6-sqlite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no register id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the register is damaged and cannot be read (%2). It has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a file of that name already exists; it was left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot create the folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoControls</name>
    <message>
        <source>Demo Statement of Applicability</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoRegister</name>
    <message>
        <source>Demo register</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoRisks</name>
    <message>
        <source>Demo risks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export DB --table %1 --out FILE.csv [--encoding utf-8-bom|utf-8|cp932]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a table of the register as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  --table NAME      the table to write (default: assets)
  --out FILE.csv    the file to write (replaced if it exists)
  --encoding ENC    utf-8-bom (default; Excel opens it correctly), utf-8, or
                    cp932 (Shift_JIS; a value it cannot hold is an error)
  --catalog NAME    for tables that have one (controls, SoA)
The columns are the ones import reads, so a file exported here imports back unchanged. Cells starting with = + - @ are written with a leading ' so a spreadsheet does not run them as formulas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--out FILE.csv is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown table "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--catalog does not apply to the table "%1".</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Register file to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo register</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The register has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 is missing (entry %2 comes next)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1, or the one before it, was changed after it was written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import DB FILE.csv [--table %1] [--encoding auto|utf-8|cp932|utf-16] [--mapping MAP.json] [--on-duplicate fail|update|skip] [--default-class customer|test|internal] [--default-subtype physical|software|data|service|media] [--dry-run]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import a CSV file (Excel, IPA ledger) into the register, all or nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  --table NAME        what the file holds (default: assets)
  --encoding ENC      auto (default: byte-order mark, else UTF-8, else CP932),
                      utf-8, cp932 (Shift_JIS) or utf-16
  --delimiter D       comma, tab or semicolon (default: detected)
  --mapping MAP.json  which column feeds which field (saved from the import wizard
                      or with --save-mapping); other columns are recognised by name
  --save-mapping MAP.json  write the mapping this file gets, to edit and reuse
  --on-duplicate X    a code already in the register: fail (default), update it,
                      or skip the row
  --default-class C   class for rows without one (IPA ledgers have none)
  --default-subtype S subtype for rows without one
  --cia-scale 0-2     the file uses IPA's older 0–2 scale for C, I and A
  --dry-run           check everything and report, write nothing
Every problem is printed as FILE:LINE: column NAME: message. If any row is refused, nothing is written (exit status 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown table "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 does not apply to the table "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the column mapping to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped (%5 rows, %6, %7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run of %1: %2. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>init DB [--org NAME] [--scope SCOPE] [--demo]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create a new register file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  --org NAME       the organisation the register belongs to
  --scope SCOPE    the ISMS scope (shown on every report page)
  --demo           fill it with the demo register of the seed company
An existing file is never overwritten. The new file is readable by its owner only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created register %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Created register %1 with the demo register (%n assets)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>InventoryReport</name>
    <message>
        <source>Information asset inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>class: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>priority: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets within the ISMS scope, by class and priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holding personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C confidentiality, I integrity, A availability (1–3); importance = max(C, I, A), 3 with personal data; * priority set by hand (reason in the register)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (continued)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No assets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtype</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C</source>
        <extracomment>Column header: confidentiality, one letter or character.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I</source>
        <extracomment>Column header: integrity, one letter or character.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A</source>
        <extracomment>Column header: availability, one letter or character.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageLayout</name>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page is too small for a report.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PagePainter</name>
    <message>
        <source>Could not start page %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start painting the PDF.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PriorityRule</name>
    <message>
        <source>%1: it holds or processes customers' personal data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a customer asset at the data center; the service's stable operation depends on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a test-environment asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: an internal asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — raised from %2: %3 (%4) depends on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — raised from %2: %3 (%4) depends on it through other assets: %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own basis: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, set by hand (the rule gives %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegisterCheck</name>
    <message>
        <source>schema version %1, this Daicho expects %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>references: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history chain broken: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history mismatch: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 exists but its history has no record of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 differs from its last history entry (changed outside Daicho)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 is missing, but its history says it exists (removed outside Daicho)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>dependency cycle between assets %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dependency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>register setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SoA entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>control applied to an asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>risk assessment method</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>%1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>print an audit report to a PDF file (A4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1: unknown value "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report DB --kind inventory|risk-assessment|treatment-plan|soa|audit-pack --out FILE.pdf [--class LIST] [--priority LIST] [--catalog KEY]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  --kind KIND      which report: inventory, risk-assessment, treatment-plan, soa, audit-pack
  --out FILE.pdf   where to write it (replaced only when the report is complete)
  --class LIST     inventory, audit-pack: only these asset classes, e.g. customer,internal
  --priority LIST  inventory, audit-pack: only these priorities, e.g. P1,P2
  --catalog KEY    soa, audit-pack: the catalog (default: the register's SoA catalog)
The report is in the language of --lang (or the system locale).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportFrame</name>
    <message>
        <source>r%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(organisation not set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISMS scope: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register as of %1 · printed %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version: register revision %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daicho %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daicho %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer: %1 is this page, %2 the number of pages.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register date (last change): %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>The report "%1" is not available yet: the register does not hold its data in this version of Daicho.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskAssessmentReport</name>
    <message>
        <source>Risk assessment results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks of the information assets, as assessed, highest level first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <extracomment>Column header: the version of the assessment method that scored the risk; short.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How risks are scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2; not assessed %3; closed %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (continued)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The register holds no risks yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Existing controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threat level</source>
        <extracomment>Column header: the threat level (1-3) of IPA's method; one short word.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vuln. level</source>
        <extracomment>Column header: the vulnerability level (1-3) of IPA's method; one short word.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (the default; no risk assessed yet)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskColumns</name>
    <message>
        <source>Risk value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action %1: "%2" is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action %1: "%2" is not a completion date or "done".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action %1 has more than four parts (description | owner | due | done).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskCommands</name>
    <message>
        <source>New risk %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The risk no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit risk %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n risk(s)</source>
        <translation><numerusform>Delete %n risk</numerusform><numerusform>Delete %n risks</numerusform></translation>
    </message>
    <message>
        <source>Change the assessment method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New threat %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The threat no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit threat %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New vulnerability %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vulnerability no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retire vulnerability %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reinstate vulnerability %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit vulnerability %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete vulnerability</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskMethodSnapshot</name>
    <message>
        <source>The assessment method cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format %1 is from a newer Daicho</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskMethodTerms</name>
    <message>
        <source>Threat must be 1 to 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vulnerability must be 1 to 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No importance: link the risk to at least one asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likelihood must be 1 to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact must be 1 to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The method has no band for risk value %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The method's name is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPA's method has three levels on each axis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likelihood for threat %1 and vulnerability %2 must be 1 to 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A matrix has %1 to %2 levels on each axis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There must be one likelihood name per level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There must be one impact name per level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A level name is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The method has no bands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Band %1 has no key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two bands have the key "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name of band "%1" is longer than %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Band "%1" ends (%2) before it starts (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Band "%1" must start at %2 so that no risk value is left out or counted twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Band "%1" is higher than "%2" but asks for less.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last band must end at %1, the highest risk value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPA risk analysis (threat × vulnerability)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likelihood × impact matrix (ISO/IEC 27005 style)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept under management</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptable under management</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlikely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Almost certain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Negligible</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskReportData</name>
    <message>
        <source>APPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2–%3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>likelihood from threat × vulnerability (1–3), impact = the highest importance of the risk's assets (1–3), value = likelihood × impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value = likelihood (1–%1) × impact (1–%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskRules</name>
    <message>
        <source>%1 must be 1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A risk needs a code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code must not contain spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A risk needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A risk concerns at least one asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The acceptance expires before it was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a risk treated by acceptance, or with a residual risk, can be accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action %1 has no description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Existing controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threat level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vulnerability level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk treatment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual threat level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual vulnerability level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for acceptance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskTableIo</name>
    <message>
        <source>The option --%1 does not apply to the table "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The risk table reads its columns by name; it takes no mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column "%1" is not a risk column; it is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column "%1" repeats another column; it is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column for "%1" (e.g. "%2").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 appears more than once in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No asset has the code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a threat of the register's catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a level (a whole number).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a risk treatment (reduce 低減, accept 受容, avoid 回避, transfer 移転).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a status (open, in-progress, treated, accepted, closed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a control of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already in the register (use --on-duplicate update to replace it, or skip).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk import from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskTerms</name>
    <message>
        <source>Reduce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Above the acceptance level, no treatment chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance not approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoaColumns</name>
    <message>
        <source>Catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoaCommands</name>
    <message>
        <source>Edit SoA %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No longer apply %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transition 2013 → 2022 (controls: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoaCompleteness</name>
    <message>
        <source>Not decided whether applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excluded without a justification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included without a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included without an implementation status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not implemented and no target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk treatment named, but no risk linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoaReport</name>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every control of %1, with the decision on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (catalog version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 applicable, %3 not applicable, %4 not decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: the statement is complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (listed after the table)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (continued)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog has no controls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons for inclusion / justification for exclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target %1, overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open points of the statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoaRules</name>
    <message>
        <source>%1 is not a control of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons for inclusion apply only to a control that is applicable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An implementation status applies only to a control that is applicable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A justification for exclusion applies only to a control that is not applicable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A link holds a line break.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last review (%1) is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons for inclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Justification for exclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoaTableIo</name>
    <message>
        <source>The option --%1 does not apply to the table "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SoA table reads its columns by name; it takes no mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column "%1" is not an SoA column; it is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column "%1" repeats another column; it is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column for the control (e.g. "control", "管理策").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The control is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a control of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 appears more than once in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a reason for inclusion (legal, contractual, business, risk-treatment).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a status (implemented, partial, planned, not-implemented).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already decided differently in the register (use --on-duplicate update to replace it, or skip).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SoA import from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoaTerms</name>
    <message>
        <source>Legal or regulatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contractual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business requirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk treatment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoaTransition</name>
    <message>
        <source>Carried over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources disagree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New in 2022</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources not decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New in 2022: decide whether it applies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of its 2013 sources (%1) is decided.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was excluded: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not decided in 2013: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merges %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StandardViews</name>
    <message>
        <source>Assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks of the Selected Asset</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>stats DB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print counts as JSON: assets by class, subtype and priority; controls and SoA; risks by band, treatment, status and attention; schema version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableIoRegistry</name>
    <message>
        <source>The table "%1" has no column mapping.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreatCatalog</name>
    <message>
        <source>Not a threat catalog: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threat catalog format %1 is from a newer Daicho.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The threat catalog has no version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The threat code %1 appears twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreatTerms</name>
    <message>
        <source>Deliberate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accidental</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technical failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environmental</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A threat needs a code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The threat's code is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A threat needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The threat's name is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown threat category "%1".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TreatmentPlanReport</name>
    <message>
        <source>Risk treatment plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the risks that need treatment are treated, by option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks in the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2); %3 more are acceptable as they are or closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 open (%2 past their due date), %3 done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 awaiting the risk owner's approval, %2 expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (continued)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No risk needs treatment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions (owner, due date, status)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk owner and acceptance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1 — %2, due %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1 — %2: done %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk owner: (none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk owner: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance not yet approved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VulnerabilityCatalog</name>
    <message>
        <source>Not a vulnerability catalog: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vulnerability catalog format %1 is from a newer Daicho.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vulnerability catalog has no version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "threats" must be a list of threat codes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vulnerability code %1 appears twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VulnerabilityTerms</name>
    <message>
        <source>Technical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisational</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A vulnerability needs a code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vulnerability's code is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A vulnerability needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vulnerability's name is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown vulnerability category "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a threat code.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::AssetEditor</name>
    <message>
        <source>Asset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valuation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. CUS-DB-001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 5 years after the contract ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3: legal protection required or serious harm · 2: significant harm to the business · 1: negligible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3: legal protection required (personal data, My Number) or serious harm to the company or customers · 2: significant harm to the business · 1: negligible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The personal data is customers' (care providers and the people they serve)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy's rule: P1 if the asset holds or processes customers' personal data; P2 for any other customer asset; P3 for test and internal assets, raised to the highest priority of any asset that depends on them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the priority by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this priority? Kept in the change history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This asset depends on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets that depend on this one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no asset with the code "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cannot save yet: %n problem(s) to fix (%1).</source>
        <translation><numerusform>Cannot save yet: %n problem to fix (%1).</numerusform><numerusform>Cannot save yet: %n problems to fix (%1).</numerusform></translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit asset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New asset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Review overdue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::AssetFilterBar</name>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No owning department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(several)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class: all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtype: all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority: all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data: all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data: held (any kind)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data: none</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::AssetHistoryPanel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority set by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependency added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependency removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first. Every entry is part of the register's hash-chained history.</source>
        <translation><numerusform>%n entry. Every entry is part of the register's hash-chained history.</numerusform><numerusform>%n entries, newest first. Every entry is part of the register's hash-chained history.</numerusform></translation>
    </message>
</context>
<context>
    <name>daicho::AssetService</name>
    <message>
        <source>The code "%1" is already used by another asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: this dependency would make a cycle: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot restore %1: its id is in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot restore %1: an asset it was linked with no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not depend on %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::AssetTableModel</name>
    <message>
        <source>P1 customers' personal data · P2 stable operation of the service · P3 internal information, raised by what depends on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C</source>
        <comment>confidentiality, abbreviated</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I</source>
        <comment>integrity, abbreviated</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A</source>
        <comment>availability, abbreviated</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The review was due on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(raised)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My Number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::AssetsView</name>
    <message>
        <source>Search code, name, owning department, description…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1 and its dependencies? You can undo this.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n asset(s) and their dependencies? You can undo this.</source>
        <translation><numerusform>Delete %n asset and its dependencies? You can undo this.</numerusform><numerusform>Delete %n assets and their dependencies? You can undo this.</numerusform></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation><numerusform>%n asset</numerusform><numerusform>%n assets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) shown</source>
        <translation><numerusform>%1 of %n asset shown</numerusform><numerusform>%1 of %n assets shown</numerusform></translation>
    </message>
    <message>
        <source>Select an asset to see why it has its priority.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Asset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Rows</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::CategoryDelegate</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::ControlDetailsPanel</name>
    <message>
        <source>One file path or URL per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Justification for exclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied to assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks it treats (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a risk to open it in the Risks view. A risk names the controls of its treatment in the risk editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (risk value %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply to asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;i&gt;Select a control to see its details.&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new in 2022</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No 2013 control maps here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From 2013:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In 2022:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To complete: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::ControlsView</name>
    <message>
        <source>Catalog:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use for the SoA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make this catalog the one the register's Statement of Applicability is kept against (a register setting, recorded in the change history).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search controls, owners, evidence…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transition 2013 → 2022…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicable: all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New in 2022</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme: all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the SoA against %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::ImportCheckPage</name>
    <message>
        <source>Check every row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every row is checked with the register's rules; nothing is written yet. Fix the file and check again, or go back and change the mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save List as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported: %1 new, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 row(s). Nothing can be imported until the file is fixed; the list can be saved as CSV.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>daicho::ImportFilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An asset inventory saved from Excel (CSV, Unicode text) or another tool. IPA ledger columns are recognised. You can also drop the file here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Assets from CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop a CSV file on this window to choose it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each column of the file goes into one field of the asset, or is not imported. Save the mapping to reuse it for the next file of this kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none: the file must say)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file rates C, I and A on IPA's older 0–2 scale (convert to 1–3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update the asset in the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load Mapping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class for rows without one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtype for rows without one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A code already in the register:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the column that holds the asset code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the column that holds the asset name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column gives the asset class: choose a class for rows without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column gives the subtype: choose a subtype for rows without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two columns go into %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load Column Mapping</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::ImportPreviewPage</name>
    <message>
        <source>Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first rows as Daicho reads them. If the text looks garbled or the columns run together, choose the encoding or the delimiter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read as %1, delimiter %2%3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (as chosen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (detected)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All rows are written in one step. Cancel puts the register back exactly as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. Nothing was imported; the register is as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has changed since it was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 skipped. The change history records the file and its SHA-256; Edit ▸ Undo takes the whole import back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::ImportWizard</name>
    <message>
        <source>Import Assets from CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Daicho</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daicho registers (*.daicho);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daicho</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Daicho</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Asset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit Asset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daicho registers (*.daicho)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No register is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A copy cannot replace the register it is made from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Daicho %1&lt;/h3&gt;&lt;p&gt;ISMS risk and asset register: information assets, risks, controls and the Statement of Applicability, with their change history, in one file.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Register: %1&lt;br&gt;Organisation: %2&lt;br&gt;File format version %3&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::NewRegisterDialog</name>
    <message>
        <source>New Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Tokyo center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISMS scope:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daicho registers (*.daicho)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where the register file goes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; a new register never replaces a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::OverviewView</name>
    <message>
        <source>Click a number to see those assets in the asset table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P1 assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without an owning department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By asset class and priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By subtype</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Overview: %n information asset(s)</source>
        <translation><numerusform>Overview: %n information asset</numerusform><numerusform>Overview: %n information assets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Show these %n asset(s)</source>
        <translation><numerusform>Show this asset</numerusform><numerusform>Show these %n assets</numerusform></translation>
    </message>
    <message>
        <source>Reviews overdue (oldest first)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more (click the number above to see all)</source>
        <translation><numerusform>… and %n more (click the number above to see all)</numerusform><numerusform>… and %n more (click the number above to see all)</numerusform></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::ReportDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only these classes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only these priorities:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catalog:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing ticked: every asset. The report shows the register as it is now, with its revision on every page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report was not written.

%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).</source>
        <translation><numerusform>Wrote %1: %n page.</numerusform><numerusform>Wrote %1: %n pages.</numerusform></translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every risk of the register with its scores and level, highest level first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The risks that need treatment or have a treatment chosen, by option, with their actions, residual level and acceptance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every control of the catalog with the decision on it, its evidence and the assets and risks linked to it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::RiskEditor</name>
    <message>
        <source>New risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>importance %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find assets (code or name)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method: %1 (version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Inherent risk&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 = could happen any time, 2 = a few times a year in some situations, 1 = not normally</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 = no countermeasures, 2 = partial, 1 = all needed countermeasures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Residual risk&lt;/b&gt; (after the planned treatment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not decided)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 8.7 8.13 (controls of %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance and review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>likelihood %1 × %2 %3 = &lt;b&gt;%4&lt;/b&gt; (%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vulnerabilities of the catalog, those typical for the chosen threat first; choosing one adds its name to the text, which stays free to edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose from the vulnerability catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typical for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other vulnerabilities</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::RiskHeatMap</name>
    <message>
        <source>Importance</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 × %2 = %3 (%4): %n risk(s)</source>
        <translation><numerusform>%1 × %2 = %3 (%4): %n risk</numerusform><numerusform>%1 × %2 = %3 (%4): %n risks</numerusform></translation>
    </message>
</context>
<context>
    <name>daicho::RiskMethodDialog</name>
    <message>
        <source>Risk assessment method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Levels on each axis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. rare / unlikely / possible / likely / almost certain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likelihood levels (1 first, separated by /)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact levels (1 first, separated by /)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Bands&lt;/b&gt; (risk value = likelihood × impact)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it asks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;How every risk would be re-scored&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply as a new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>level changes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Risk assessment method — %n risk(s) change level</source>
        <translation><numerusform>Risk assessment method — %n risk changes level</numerusform><numerusform>Risk assessment method — %n risks change level</numerusform></translation>
    </message>
</context>
<context>
    <name>daicho::RiskService</name>
    <message>
        <source>Assets were imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment method version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code %1 is already used by another risk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threat %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a control of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot restore %1: its id is in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a threat of the register's catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code %1 appears twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance of %1 changed from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset %1 deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset %1 restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The threat code %1 is already used.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is the threat of %n risk(s); change them first.</source>
        <translation><numerusform>%1 is the threat of %n risk; change it first.</numerusform><numerusform>%1 is the threat of %n risks; change them first.</numerusform></translation>
    </message>
</context>
<context>
    <name>daicho::RiskTableModel</name>
    <message>
        <source>Importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation><numerusform>%n issue</numerusform><numerusform>%n issues</numerusform></translation>
    </message>
</context>
<context>
    <name>daicho::RisksView</name>
    <message>
        <source>Search risks (code, risk, asset, threat, owner)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs attention only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New risk…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment method: IPA's or a likelihood × impact matrix, its levels and bands, with a preview of every risk's new level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherent risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residual risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method: %1, version %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n risk(s) shown</source>
        <translation><numerusform>%1 of %n risk shown</numerusform><numerusform>%1 of %n risks shown</numerusform></translation>
    </message>
    <message>
        <source>Select a risk to see its assets, controls and actions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete risks</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n risk(s)? You can undo this.</source>
        <translation><numerusform>Delete %n risk? You can undo this.</numerusform><numerusform>Delete %n risks? You can undo this.</numerusform></translation>
    </message>
    <message>
        <source>Threats and Vulnerabilities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The threat and vulnerability catalogs the risk editor offers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::SoaIssuesPanel</name>
    <message>
        <source>Control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To complete (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P1 assets with no applied, implemented control (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicable controls not implemented past their target date (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, target %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks above the acceptance band with no planned control (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (risk value %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::SoaItemDelegate</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD (empty: none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::SoaService</name>
    <message>
        <source>%1 has no decision to remove.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a control of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already applied to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not applied to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transition writes 2022 decisions only (%1 is of %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transition 2013 → 2022</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::SoaTreeModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons for inclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Justification for exclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — controls: %2 · decided: %3 · applicable: %4 · implemented: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New in ISO/IEC 27001:2022</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To complete: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::ThreatsDialog</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description (Japanese)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threat and vulnerability catalogs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::TransitionDialog</name>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transition 2013 → 2022</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daicho proposes the Statement of Applicability for ISO/IEC 27001:2022 from the register's 2013 decisions, through the mapping of ISO/IEC 27002:2022 Annex B. Merged controls show all their 2013 sources. Check each proposal, tick what to take over and confirm; controls new in 2022 have no source and are decided in the Controls view. Controls already decided for 2022 are not ticked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already decided for 2022</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2022 control and its 2013 sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided now for 2022</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick all ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take over ticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(decide)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 proposals ready · %2 merged · %3 with disagreeing sources · %4 new in 2022</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take over ticked (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions taken over: %1. Edit → Undo takes them back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::VulnerabilitiesPage</name>
    <message>
        <source>Weaknesses a threat can exploit. The risk editor suggests them for a risk's vulnerability, those typical for the risk's threat first. Typical threats: threat codes separated by spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typical threats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description (Japanese)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add vulnerability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A retired vulnerability stays in the catalog and its history but is no longer suggested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove vulnerability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New vulnerability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not in the threat catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>daicho::VulnerabilityService</name>
    <message>
        <source>Vulnerability %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vulnerability code %1 is already used.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
