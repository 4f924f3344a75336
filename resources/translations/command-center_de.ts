<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Unnamed connection</source>
        <translation>Unbenannte Verbindung</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://api.example.com.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://api.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>Die Serveradresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// would send credentials unencrypted to %1; use https:// or allow insecure http for this connection.</source>
        <translation>Einfaches http:// würde die Zugangsdaten unverschlüsselt an %1 senden; verwenden Sie https:// oder erlauben Sie unsicheres http für diese Verbindung.</translation>
    </message>
    <message>
        <source>Enter the username to log in with.</source>
        <translation>Geben Sie den Benutzernamen für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Enter the password to log in with.</source>
        <translation>Geben Sie das Passwort für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Enter an access token.</source>
        <translation>Geben Sie ein Zugriffstoken ein.</translation>
    </message>
</context>
<context>
    <name>ConsoleOperation</name>
    <message>
        <source>A string, quoted name or comment is never closed.</source>
        <translation>Eine Zeichenkette, ein Name in Anführungszeichen oder ein Kommentar wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Only one statement is allowed; another one starts here.</source>
        <translation>Nur eine Anweisung ist erlaubt; hier beginnt eine weitere.</translation>
    </message>
    <message>
        <source>This is a %1, and writes are turned off for this connection: enable “Allow writes” in its settings to run it.</source>
        <translation>Dies ist ein %1, und Schreibzugriffe sind für diese Verbindung ausgeschaltet: Aktivieren Sie „Schreibzugriffe erlauben“ in ihren Einstellungen, um es auszuführen.</translation>
    </message>
    <message>
        <source>Cannot tell which table the statement writes.</source>
        <translation>Es ist nicht zu erkennen, in welche Tabelle die Anweisung schreibt.</translation>
    </message>
    <message>
        <source>The statement writes %1, which is not in the scope: add it first.</source>
        <translation>Die Anweisung schreibt in %1, das nicht im Bereich liegt: Fügen Sie es zuerst hinzu.</translation>
    </message>
</context>
<context>
    <name>ContractChanges</name>
    <message>
        <source>Breaking</source>
        <translation>Inkompatibel</translation>
    </message>
    <message>
        <source>Compatible</source>
        <translation>Kompatibel</translation>
    </message>
    <message>
        <source>Cosmetic</source>
        <translation>Kosmetisch</translation>
    </message>
    <message>
        <source>Column added</source>
        <translation>Spalte hinzugefügt</translation>
    </message>
    <message>
        <source>Column removed</source>
        <translation>Spalte entfernt</translation>
    </message>
    <message>
        <source>Data type changed</source>
        <translation>Datentyp geändert</translation>
    </message>
    <message>
        <source>Backend type changed</source>
        <translation>Backend-Typ geändert</translation>
    </message>
    <message>
        <source>Nullability changed</source>
        <translation>NULL-Zulässigkeit geändert</translation>
    </message>
    <message>
        <source>Primary key changed</source>
        <translation>Primärschlüssel geändert</translation>
    </message>
    <message>
        <source>Uniqueness changed</source>
        <translation>Eindeutigkeit geändert</translation>
    </message>
    <message>
        <source>Server default changed</source>
        <translation>Server-Standardwert geändert</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <source>Label changed</source>
        <translation>Bezeichnung geändert</translation>
    </message>
    <message>
        <source>Logical name changed</source>
        <translation>Logischer Name geändert</translation>
    </message>
    <message>
        <source>Index added</source>
        <translation>Index hinzugefügt</translation>
    </message>
    <message>
        <source>Index removed</source>
        <translation>Index entfernt</translation>
    </message>
    <message>
        <source>Index changed</source>
        <translation>Index geändert</translation>
    </message>
    <message>
        <source>Foreign key added</source>
        <translation>Fremdschlüssel hinzugefügt</translation>
    </message>
    <message>
        <source>Foreign key removed</source>
        <translation>Fremdschlüssel entfernt</translation>
    </message>
    <message>
        <source>Foreign key changed</source>
        <translation>Fremdschlüssel geändert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 breaking</source>
        <translation>%1 inkompatibel</translation>
    </message>
    <message>
        <source>%1 compatible</source>
        <translation>%1 kompatibel</translation>
    </message>
    <message>
        <source>%1 cosmetic</source>
        <translation>%1 kosmetisch</translation>
    </message>
</context>
<context>
    <name>ContractDiff</name>
    <message>
        <source>column removed: readers of it break</source>
        <translation>Spalte entfernt: Leser dieser Spalte brechen</translation>
    </message>
    <message>
        <source>Indexes were not compared: only one side describes them.</source>
        <translation>Indizes wurden nicht verglichen: Nur eine Seite beschreibt sie.</translation>
    </message>
    <message>
        <source>Foreign keys were not compared: only one side describes them.</source>
        <translation>Fremdschlüssel wurden nicht verglichen: Nur eine Seite beschreibt sie.</translation>
    </message>
    <message>
        <source>column added</source>
        <translation>Spalte hinzugefügt</translation>
    </message>
    <message>
        <source>column added to the primary key: existing rows need a value and the row identity changes</source>
        <translation>Spalte zum Primärschlüssel hinzugefügt: Vorhandene Zeilen brauchen einen Wert, und die Zeilenidentität ändert sich</translation>
    </message>
    <message>
        <source>column added as NOT NULL without a default fails on existing rows</source>
        <translation>als NOT NULL ohne Standardwert hinzugefügte Spalte scheitert an vorhandenen Zeilen</translation>
    </message>
    <message>
        <source>NOT NULL column added with a default</source>
        <translation>NOT-NULL-Spalte mit Standardwert hinzugefügt</translation>
    </message>
    <message>
        <source>nullable column added</source>
        <translation>NULL-zulässige Spalte hinzugefügt</translation>
    </message>
    <message>
        <source>nullable → not null fails on existing NULL rows</source>
        <translation>NULL-zulässig → NOT NULL scheitert an vorhandenen NULL-Zeilen</translation>
    </message>
    <message>
        <source>not null → nullable: readers may now see NULL</source>
        <translation>NOT NULL → NULL-zulässig: Leser können jetzt NULL sehen</translation>
    </message>
    <message>
        <source>column joins the primary key: fails on duplicate or NULL values</source>
        <translation>Spalte wird Teil des Primärschlüssels: scheitert an doppelten oder NULL-Werten</translation>
    </message>
    <message>
        <source>column leaves the primary key: the row identity changes and references to the key break</source>
        <translation>Spalte verlässt den Primärschlüssel: Die Zeilenidentität ändert sich, und Verweise auf den Schlüssel brechen</translation>
    </message>
    <message>
        <source>unique added: fails on existing duplicate values</source>
        <translation>Eindeutigkeit hinzugefügt: scheitert an vorhandenen doppelten Werten</translation>
    </message>
    <message>
        <source>unique dropped: duplicate values become possible</source>
        <translation>Eindeutigkeit entfernt: doppelte Werte werden möglich</translation>
    </message>
    <message>
        <source>description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <source>label changed</source>
        <translation>Bezeichnung geändert</translation>
    </message>
    <message>
        <source>logical name changed</source>
        <translation>logischer Name geändert</translation>
    </message>
    <message>
        <source>backend type pinned to %1</source>
        <translation>Backend-Typ auf %1 festgelegt</translation>
    </message>
    <message>
        <source>backend type no longer pinned (was %1): the backend derives it from the data type</source>
        <translation>Backend-Typ nicht mehr festgelegt (war %1): Das Backend leitet ihn aus dem Datentyp ab</translation>
    </message>
    <message>
        <source>default %1 added: inserts that omit the column get it</source>
        <translation>Standardwert %1 hinzugefügt: Einfügungen ohne die Spalte erhalten ihn</translation>
    </message>
    <message>
        <source>default removed from a NOT NULL column: inserts that omit it fail</source>
        <translation>Standardwert einer NOT-NULL-Spalte entfernt: Einfügungen ohne sie scheitern</translation>
    </message>
    <message>
        <source>default removed: inserts that omit the column get NULL</source>
        <translation>Standardwert entfernt: Einfügungen ohne die Spalte erhalten NULL</translation>
    </message>
    <message>
        <source>default %1 → %2: new rows get a different value</source>
        <translation>Standardwert %1 → %2: neue Zeilen erhalten einen anderen Wert</translation>
    </message>
    <message>
        <source>unique index removed: duplicate values become possible</source>
        <translation>eindeutiger Index entfernt: doppelte Werte werden möglich</translation>
    </message>
    <message>
        <source>index removed: queries that used it may get slower</source>
        <translation>Index entfernt: Abfragen, die ihn nutzten, können langsamer werden</translation>
    </message>
    <message>
        <source>index made unique: fails on existing duplicate values</source>
        <translation>Index eindeutig gemacht: scheitert an vorhandenen doppelten Werten</translation>
    </message>
    <message>
        <source>index no longer unique: duplicate values become possible</source>
        <translation>Index nicht mehr eindeutig: doppelte Werte werden möglich</translation>
    </message>
    <message>
        <source>unique index covers other columns: uniqueness changes</source>
        <translation>eindeutiger Index umfasst andere Spalten: Die Eindeutigkeit ändert sich</translation>
    </message>
    <message>
        <source>index covers other columns: query speed changes</source>
        <translation>Index umfasst andere Spalten: Die Abfragegeschwindigkeit ändert sich</translation>
    </message>
    <message>
        <source>index method changed: query speed changes</source>
        <translation>Indexmethode geändert: Die Abfragegeschwindigkeit ändert sich</translation>
    </message>
    <message>
        <source>unique index added: fails on existing duplicate values</source>
        <translation>eindeutiger Index hinzugefügt: scheitert an vorhandenen doppelten Werten</translation>
    </message>
    <message>
        <source>index added</source>
        <translation>Index hinzugefügt</translation>
    </message>
    <message>
        <source>foreign key removed: references are no longer enforced</source>
        <translation>Fremdschlüssel entfernt: Verweise werden nicht mehr erzwungen</translation>
    </message>
    <message>
        <source>foreign key added: fails on existing rows without a match, and writes must reference existing rows</source>
        <translation>Fremdschlüssel hinzugefügt: scheitert an vorhandenen Zeilen ohne Entsprechung, und Schreibzugriffe müssen auf vorhandene Zeilen verweisen</translation>
    </message>
    <message>
        <source>foreign key points at another table: existing references may not match</source>
        <translation>Fremdschlüssel zeigt auf eine andere Tabelle: Vorhandene Verweise passen möglicherweise nicht</translation>
    </message>
    <message>
        <source>foreign key uses other columns: existing references may not match</source>
        <translation>Fremdschlüssel nutzt andere Spalten: Vorhandene Verweise passen möglicherweise nicht</translation>
    </message>
    <message>
        <source>on delete %1 → %2: both refuse the delete; only the timing of the check differs</source>
        <translation>on delete %1 → %2: Beide verweigern das Löschen; nur der Zeitpunkt der Prüfung unterscheidet sich</translation>
    </message>
    <message>
        <source>on delete %1 → %2 changes what deleting a referenced row does</source>
        <translation>on delete %1 → %2 ändert, was das Löschen einer referenzierten Zeile bewirkt</translation>
    </message>
    <message>
        <source>backend types</source>
        <translation>Backend-Typen</translation>
    </message>
    <message>
        <source>nullability</source>
        <translation>NULL-Zulässigkeit</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>the primary key</source>
        <translation>den Primärschlüssel</translation>
    </message>
    <message>
        <source>uniqueness</source>
        <translation>Eindeutigkeit</translation>
    </message>
    <message>
        <source>The snapshot does not give %1; not compared.</source>
        <translation>Der Snapshot enthält keine Angaben zu %1; nicht verglichen.</translation>
    </message>
    <message>
        <source>The introspection snapshot has no columns: introspect the table before comparing.</source>
        <translation>Der Introspektions-Snapshot hat keine Spalten: Führen Sie vor dem Vergleich eine Introspektion der Tabelle durch.</translation>
    </message>
    <message>
        <source>Descriptions, labels and logical names are not stored in the database and were not compared.</source>
        <translation>Beschreibungen, Bezeichnungen und logische Namen werden nicht in der Datenbank gespeichert und wurden nicht verglichen.</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>Inkompatibel</translation>
    </message>
    <message>
        <source>Compatible</source>
        <translation>Kompatibel</translation>
    </message>
    <message>
        <source>Cosmetic</source>
        <translation>Kosmetisch</translation>
    </message>
    <message>
        <source>column removed</source>
        <translation>Spalte entfernt</translation>
    </message>
    <message>
        <source>data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>backend type</source>
        <translation>Backend-Typ</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>NULL-zulässig</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>Server-Standardwert</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>logical name</source>
        <translation>logischer Name</translation>
    </message>
    <message>
        <source>index removed</source>
        <translation>Index entfernt</translation>
    </message>
    <message>
        <source>index changed</source>
        <translation>Index geändert</translation>
    </message>
    <message>
        <source>foreign key added</source>
        <translation>Fremdschlüssel hinzugefügt</translation>
    </message>
    <message>
        <source>foreign key removed</source>
        <translation>Fremdschlüssel entfernt</translation>
    </message>
    <message>
        <source>foreign key changed</source>
        <translation>Fremdschlüssel geändert</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Changes: %1 breaking, %2 compatible, %3 cosmetic.</source>
        <translation>Änderungen: %1 inkompatibel, %2 kompatibel, %3 kosmetisch.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>backend type %1 → %2 is a widening</source>
        <translation>Backend-Typ %1 → %2 ist eine Erweiterung</translation>
    </message>
    <message>
        <source>backend type %1 → %2 is a narrowing: longer values no longer fit</source>
        <translation>Backend-Typ %1 → %2 ist eine Einengung: Längere Werte passen nicht mehr</translation>
    </message>
    <message>
        <source>backend type %1 → %2 is a narrowing: can lose data</source>
        <translation>Backend-Typ %1 → %2 ist eine Einengung: Daten können verloren gehen</translation>
    </message>
    <message>
        <source>backend type %1 → %2 lowers the precision: stored values are rounded</source>
        <translation>Backend-Typ %1 → %2 verringert die Genauigkeit: Gespeicherte Werte werden gerundet</translation>
    </message>
    <message>
        <source>backend type %1 → %2 keeps the values, not key order or duplicate keys</source>
        <translation>Backend-Typ %1 → %2 behält die Werte, nicht aber Schlüsselreihenfolge oder doppelte Schlüssel</translation>
    </message>
    <message>
        <source>backend type %1 → %2 reinterprets stored times in the session time zone</source>
        <translation>Backend-Typ %1 → %2 deutet gespeicherte Zeiten in der Zeitzone der Sitzung um</translation>
    </message>
    <message>
        <source>backend type %1 → %2 changes the storage type: existing values must be converted and may fail</source>
        <translation>Backend-Typ %1 → %2 ändert den Speichertyp: Vorhandene Werte müssen umgewandelt werden, was scheitern kann</translation>
    </message>
    <message>
        <source>type %1 → %2 is a widening</source>
        <translation>Typ %1 → %2 ist eine Erweiterung</translation>
    </message>
    <message>
        <source>type %1 → %2 can lose data</source>
        <translation>Typ %1 → %2 kann Daten verlieren</translation>
    </message>
    <message>
        <source>type %1 → %2 keeps the values, not key order or duplicate keys</source>
        <translation>Typ %1 → %2 behält die Werte, nicht aber Schlüsselreihenfolge oder doppelte Schlüssel</translation>
    </message>
    <message>
        <source>type %1 → %2 changes the values readers get</source>
        <translation>Typ %1 → %2 ändert die Werte, die Leser erhalten</translation>
    </message>
</context>
<context>
    <name>DeletionImpact</name>
    <message>
        <source>on delete %1 is not understood and is treated as no action</source>
        <translation>on delete %1 wird nicht verstanden und wie no action behandelt</translation>
    </message>
    <message>
        <source>on delete is not given and is treated as no action</source>
        <translation>on delete ist nicht angegeben und wird wie no action behandelt</translation>
    </message>
    <message>
        <source>on delete %1</source>
        <translation>on delete %1</translation>
    </message>
    <message>
        <source>rows of %1 that reference deleted rows of it are deleted too, recursively (self-referencing cascade)</source>
        <translation>Zeilen von %1, die auf gelöschte Zeilen derselben Tabelle verweisen, werden ebenfalls gelöscht, rekursiv (selbstreferenzierende Kaskade)</translation>
    </message>
    <message>
        <source>rows of %1 that reference deleted rows of %2 are deleted too (on delete cascade)</source>
        <translation>Zeilen von %1, die auf gelöschte Zeilen von %2 verweisen, werden ebenfalls gelöscht (on delete cascade)</translation>
    </message>
    <message>
        <source>on delete set null cannot clear the NOT NULL column %1 of %2: deleting rows of %3 fails while rows reference them</source>
        <translation>on delete set null kann die NOT-NULL-Spalte %1 von %2 nicht leeren: Das Löschen von Zeilen aus %3 scheitert, solange Zeilen auf sie verweisen</translation>
    </message>
    <message>
        <source>%1 of %2 is set to NULL where it referenced deleted rows of %3</source>
        <translation>%1 von %2 wird auf NULL gesetzt, wo es auf gelöschte Zeilen von %3 verwies</translation>
    </message>
    <message>
        <source>%1 of %2 is set to its default where it referenced deleted rows of %3</source>
        <translation>%1 von %2 wird auf seinen Standardwert gesetzt, wo es auf gelöschte Zeilen von %3 verwies</translation>
    </message>
    <message>
        <source>deleting rows of %1 is refused while rows of %2 reference them (%3)</source>
        <translation>Das Löschen von Zeilen aus %1 wird verweigert, solange Zeilen von %2 auf sie verweisen (%3)</translation>
    </message>
    <message>
        <source>The graph was fetched without incoming references: the tables that depend on %1 are not known.</source>
        <translation>Der Graph wurde ohne eingehende Verweise abgerufen: Die Tabellen, die von %1 abhängen, sind nicht bekannt.</translation>
    </message>
    <message>
        <source>Only a reference names %1: the graph does not describe them, nor what depends on them.</source>
        <translation>Nur ein Verweis nennt %1: Der Graph beschreibt sie nicht, auch nicht, was von ihnen abhängt.</translation>
    </message>
    <message>
        <source>The server cut the graph off at depth %1: there may be more dependents further away.</source>
        <translation>Der Server hat den Graphen bei Tiefe %1 abgeschnitten: Weiter entfernt kann es weitere abhängige Tabellen geben.</translation>
    </message>
    <message>
        <source>The graph was fetched around %1, not %2: dependents further away may be missing.</source>
        <translation>Der Graph wurde um %1 herum abgerufen, nicht um %2: Weiter entfernte abhängige Tabellen können fehlen.</translation>
    </message>
    <message>
        <source>Some dependents are %1 references away, the depth the graph was fetched with: their own dependents may be missing.</source>
        <translation>Einige abhängige Tabellen sind %1 Verweise entfernt, die Tiefe, mit der der Graph abgerufen wurde: Ihre eigenen abhängigen Tabellen können fehlen.</translation>
    </message>
    <message>
        <source>No on_delete is known for %1; treated as no action, which blocks.</source>
        <translation>Für %1 ist kein on_delete bekannt; behandelt als no action, was blockiert.</translation>
    </message>
    <message>
        <source>%1 references itself with on delete cascade: deleting one of its rows also deletes the rows that reference it, recursively.</source>
        <translation>%1 verweist mit on delete cascade auf sich selbst: Das Löschen einer ihrer Zeilen löscht auch die Zeilen, die darauf verweisen, rekursiv.</translation>
    </message>
    <message>
        <source>The graph does not say whether %1 are protected or platform-managed.</source>
        <translation>Der Graph sagt nicht, ob %1 geschützt oder plattformverwaltet sind.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>cascades</source>
        <translation>kaskadiert</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>sets null</source>
        <translation>setzt NULL</translation>
    </message>
    <message>
        <source>sets default</source>
        <translation>setzt Standardwert</translation>
    </message>
    <message>
        <source>Deleting its rows is blocked while referencing rows exist in %1.</source>
        <translation>Das Löschen ihrer Zeilen ist blockiert, solange verweisende Zeilen in %1 existieren.</translation>
    </message>
    <message>
        <source>Deleting its rows also deletes the rows of it that reference them.</source>
        <translation>Das Löschen ihrer Zeilen löscht auch ihre eigenen Zeilen, die darauf verweisen.</translation>
    </message>
    <message>
        <source>Deleting its rows also deletes the rows that reference them in %1.</source>
        <translation>Das Löschen ihrer Zeilen löscht auch die Zeilen in %1, die darauf verweisen.</translation>
    </message>
    <message>
        <source>Deleting its rows affects no other table.</source>
        <translation>Das Löschen ihrer Zeilen betrifft keine andere Tabelle.</translation>
    </message>
    <message>
        <source>Deleting its rows clears the references to them in %1.</source>
        <translation>Das Löschen ihrer Zeilen leert die Verweise darauf in %1.</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>it is protected from deletion</source>
        <translation>sie ist vor dem Löschen geschützt</translation>
    </message>
    <message>
        <source>Deleting %1 is refused: %2.</source>
        <translation>Das Löschen von %1 wird verweigert: %2.</translation>
    </message>
    <message>
        <source>Deleting %1 is allowed: no other table references it.</source>
        <translation>Das Löschen von %1 ist erlaubt: Keine andere Tabelle verweist darauf.</translation>
    </message>
    <message>
        <source>Whether it is protected is not known.</source>
        <translation>Ob sie geschützt ist, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>It is platform-managed: its physical table is dropped with it.</source>
        <translation>Sie ist plattformverwaltet: Ihre physische Tabelle wird mit ihr gelöscht.</translation>
    </message>
    <message>
        <source>%1 of them protected</source>
        <translation>%1 davon geschützt</translation>
    </message>
    <message>
        <source>%1 of them platform-managed (their physical tables are dropped)</source>
        <translation>%1 davon plattformverwaltet (ihre physischen Tabellen werden gelöscht)</translation>
    </message>
    <message>
        <source>The graph may be incomplete: there may be more dependents.</source>
        <translation>Der Graph ist möglicherweise unvollständig: Es kann weitere abhängige Tabellen geben.</translation>
    </message>
    <message>
        <source>Deletion impact: %1</source>
        <translation>Auswirkungen des Löschens: %1</translation>
    </message>
    <message>
        <source>Deleting the table</source>
        <translation>Löschen der Tabelle</translation>
    </message>
    <message>
        <source>Strict delete: %1</source>
        <translation>Striktes Löschen: %1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>Protected: %1</source>
        <translation>Geschützt: %1</translation>
    </message>
    <message>
        <source>Platform-managed: %1</source>
        <translation>Plattformverwaltet: %1</translation>
    </message>
    <message>
        <source>Referencing table</source>
        <translation>Verweisende Tabelle</translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>Tables a cascade deletes</source>
        <translation>Tabellen, die eine Kaskade löscht</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Row delete</source>
        <translation>Zeilen löschen</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Platform-managed</source>
        <translation>Plattformverwaltet</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Deleting rows</source>
        <translation>Löschen von Zeilen</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>1 table references it (%1)</source>
        <translation>1 Tabelle verweist darauf (%1)</translation>
    </message>
    <message>
        <source>%1 tables reference it (%2)</source>
        <translation>%1 Tabellen verweisen darauf (%2)</translation>
    </message>
    <message>
        <source>A cascade would delete 1 table</source>
        <translation>Eine Kaskade würde 1 Tabelle löschen</translation>
    </message>
    <message>
        <source>A cascade would delete %1 tables</source>
        <translation>Eine Kaskade würde %1 Tabellen löschen</translation>
    </message>
</context>
<context>
    <name>DependentDetails</name>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>Select a table to see how it is reached and why. Double-click or press Enter to open it.</source>
        <translation>Wählen Sie eine Tabelle, um zu sehen, wie und warum sie erreicht wird. Doppelklicken oder Eingabetaste drücken, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Protected tables a cascade would reach</source>
        <translation>Geschützte Tabellen, die eine Kaskade erreichen würde</translation>
    </message>
    <message>
        <source>Physical tables a cascade would drop</source>
        <translation>Physische Tabellen, die eine Kaskade löschen würde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>yes: refuses a delete</source>
        <translation>ja: verweigert ein Löschen</translation>
    </message>
    <message>
        <source>Platform-managed</source>
        <translation>Plattformverwaltet</translation>
    </message>
    <message>
        <source>yes: its physical table is dropped</source>
        <translation>ja: ihre physische Tabelle wird gelöscht</translation>
    </message>
    <message>
        <source>References that refuse a strict delete</source>
        <translation>Verweise, die ein striktes Löschen verweigern</translation>
    </message>
    <message>
        <source>Deleting its rows</source>
        <translation>Löschen ihrer Zeilen</translation>
    </message>
    <message>
        <source>It references %1 directly, so a strict delete of %1 is refused.</source>
        <translation>Sie verweist direkt auf %1, daher wird ein striktes Löschen von %1 verweigert.</translation>
    </message>
    <message>
        <source>The graph stops before this table: only a foreign key names it, so its own dependents are not known.</source>
        <translation>Der Graph endet vor dieser Tabelle: Nur ein Fremdschlüssel nennt sie, daher sind ihre eigenen abhängigen Tabellen nicht bekannt.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>yes: a cascade stops here</source>
        <translation>ja: eine Kaskade endet hier</translation>
    </message>
    <message>
        <source>yes: a cascade drops its physical table</source>
        <translation>ja: eine Kaskade löscht ihre physische Tabelle</translation>
    </message>
    <message>
        <source>When the table is deleted with cascade</source>
        <translation>Wenn die Tabelle mit Kaskade gelöscht wird</translation>
    </message>
    <message>
        <source>%1 is deleted too.</source>
        <translation>%1 wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>Its physical table is dropped.</source>
        <translation>Ihre physische Tabelle wird gelöscht.</translation>
    </message>
    <message>
        <source>It is protected: the delete is refused unless an administrator overrides the protection.</source>
        <translation>Sie ist geschützt: Das Löschen wird verweigert, sofern kein Administrator den Schutz aufhebt.</translation>
    </message>
    <message>
        <source>When rows of %1 are deleted</source>
        <translation>Wenn Zeilen von %1 gelöscht werden</translation>
    </message>
    <message>
        <source>Not reached: the references on the way clear or stop the delete before it gets here.</source>
        <translation>Nicht erreicht: Die Verweise auf dem Weg leeren oder stoppen das Löschen, bevor es hier ankommt.</translation>
    </message>
</context>
<context>
    <name>DryRunAnswer</name>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>The server refuses the delete; the analysis expected it to be allowed.</source>
        <translation>Der Server verweigert das Löschen; die Analyse erwartete, dass es erlaubt ist.</translation>
    </message>
    <message>
        <source>The server would allow the delete; the analysis expected it to be refused.</source>
        <translation>Der Server würde das Löschen erlauben; die Analyse erwartete, dass es verweigert wird.</translation>
    </message>
    <message>
        <source>Only the server names %1.</source>
        <translation>Nur der Server nennt %1.</translation>
    </message>
    <message>
        <source>Only the analysis names %1.</source>
        <translation>Nur die Analyse nennt %1.</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Noch nicht gefragt.</translation>
    </message>
    <message>
        <source>Asking the server what a strict delete would do…</source>
        <translation>Der Server wird gefragt, was ein striktes Löschen bewirken würde…</translation>
    </message>
    <message>
        <source>Allowed: a strict delete of %1 would succeed (nothing was deleted).</source>
        <translation>Erlaubt: Ein striktes Löschen von %1 wäre erfolgreich (es wurde nichts gelöscht).</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Verweigert (%1): %2</translation>
    </message>
    <message>
        <source>Refused (%1): blocked by %2.</source>
        <translation>Verweigert (%1): blockiert durch %2.</translation>
    </message>
    <message>
        <source>Not asked: this account may not delete tables, so the server will not answer a dry run either (%1).</source>
        <translation>Nicht gefragt: Dieses Konto darf keine Tabellen löschen, daher beantwortet der Server auch keinen Probelauf (%1).</translation>
    </message>
    <message>
        <source>Not asked: this server does not show that it supports dry runs, and a server without them would really delete the table.</source>
        <translation>Nicht gefragt: Dieser Server zeigt nicht an, dass er Probeläufe unterstützt, und ein Server ohne sie würde die Tabelle wirklich löschen.</translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>Der Server konnte nicht gefragt werden: %1</translation>
    </message>
</context>
<context>
    <name>ForeignKeyEdgeItem</name>
    <message>
        <source>on delete: %1</source>
        <translation>on delete: %1</translation>
    </message>
</context>
<context>
    <name>ForeignKeysTab</name>
    <message>
        <source>Deleting the referenced row deletes these rows too.</source>
        <translation>Das Löschen der referenzierten Zeile löscht auch diese Zeilen.</translation>
    </message>
    <message>
        <source>A referenced row cannot be deleted while these rows exist.</source>
        <translation>Eine referenzierte Zeile kann nicht gelöscht werden, solange diese Zeilen existieren.</translation>
    </message>
    <message>
        <source>Deleting the referenced row changes this column.</source>
        <translation>Das Löschen der referenzierten Zeile ändert diese Spalte.</translation>
    </message>
    <message>
        <source>Deleting a referenced row fails at the end of the statement.</source>
        <translation>Das Löschen einer referenzierten Zeile scheitert am Ende der Anweisung.</translation>
    </message>
</context>
<context>
    <name>GuiArguments</name>
    <message>
        <source>Read and write settings in FILE (INI).</source>
        <translation>Einstellungen in FILE (INI) lesen und schreiben.</translation>
    </message>
    <message>
        <source>Backend URL for this run (else $COMMAND_CENTER_URL).</source>
        <translation>Backend-URL für diesen Lauf (sonst $COMMAND_CENTER_URL).</translation>
    </message>
    <message>
        <source>Access token for this run (else $MAINSEQUENCE_ACCESS_TOKEN).</source>
        <translation>Zugriffstoken für diesen Lauf (sonst $MAINSEQUENCE_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>Route namespace: auto, legacy or v1.</source>
        <translation>Routen-Namensraum: auto, legacy oder v1.</translation>
    </message>
    <message>
        <source>Open this table (UID or identifier) at start.</source>
        <translation>Diese Tabelle (UID oder Bezeichner) beim Start öffnen.</translation>
    </message>
    <message>
        <source>Show this tab of the opened table.</source>
        <translation>Diesen Reiter der geöffneten Tabelle anzeigen.</translation>
    </message>
    <message>
        <source>Save the window as PNG once the view has loaded, then exit.</source>
        <translation>Das Fenster als PNG speichern, sobald die Ansicht geladen ist, und dann beenden.</translation>
    </message>
    <message>
        <source>Give up on --screenshot after SECONDS.</source>
        <translation>--screenshot nach SECONDS Sekunden aufgeben.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1400x900.</source>
        <translation>Fenstergröße, z. B. 1400x900.</translation>
    </message>
    <message>
        <source>system, light or dark.</source>
        <translation>system, light oder dark.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Command Center: a desktop client for MetaTable catalogs.</source>
        <translation>Command Center: ein Desktop-Client für MetaTable-Kataloge.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--api must be auto, legacy or v1, not “%1”.</source>
        <translation>--api muss auto, legacy oder v1 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown tab “%1”; use one of: %2.</source>
        <translation>Unbekannter Reiter „%1“; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>--tab needs --open to say which table.</source>
        <translation>--tab braucht --open, um die Tabelle zu nennen.</translation>
    </message>
    <message>
        <source>--screenshot-timeout takes a number of seconds.</source>
        <translation>--screenshot-timeout erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 1400x900.</source>
        <translation>--size erwartet BREITExHÖHE (WIDTHxHEIGHT), z. B. 1400x900.</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme muss system, light oder dark sein.</translation>
    </message>
    <message>
        <source>--url must be an http:// or https:// address, not “%1”.</source>
        <translation>--url muss eine http://- oder https://-Adresse sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--screenshot needs a server: pass --url (or set COMMAND_CENTER_URL).</source>
        <translation>--screenshot braucht einen Server: Geben Sie --url an (oder setzen Sie COMMAND_CENTER_URL).</translation>
    </message>
</context>
<context>
    <name>JsonSyntax</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>ParameterValue</name>
    <message>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Wertebereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>eine endliche Zahl</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>eine UUID</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>ein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the timestamp has no time zone; add Z for UTC or an offset such as +02:00</source>
        <translation>der Zeitstempel hat keine Zeitzone; fügen Sie Z für UTC oder einen Versatz wie +02:00 hinzu</translation>
    </message>
    <message>
        <source>an ISO-8601 timestamp with a time zone, such as 2026-01-01T00:00:00Z</source>
        <translation>ein ISO-8601-Zeitstempel mit Zeitzone, etwa 2026-01-01T00:00:00Z</translation>
    </message>
    <message>
        <source>the type %1 has no time zone; use %2</source>
        <translation>der Typ %1 hat keine Zeitzone; verwenden Sie %2</translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>Add a backend to connect to</source>
        <translation>Ein Backend zum Verbinden hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the current connection</source>
        <translation>Die aktuelle Verbindung ändern</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Reiter &amp;schließen</translation>
    </message>
    <message>
        <source>Close &amp;All Tabs</source>
        <translation>&amp;Alle Reiter schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Copy &amp;UID</source>
        <translation>&amp;UID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Identifier</source>
        <translation>&amp;Bezeichner kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Qualified Name</source>
        <translation>&amp;Qualifizierten Namen kopieren</translation>
    </message>
    <message>
        <source>&amp;Find in Tab</source>
        <translation>Im Reiter &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Search Catalog</source>
        <translation>&amp;Katalog durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Quick Open…</source>
        <translation>&amp;Schnell öffnen…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>&amp;Next Table</source>
        <translation>&amp;Nächste Tabelle</translation>
    </message>
    <message>
        <source>&amp;Previous Table</source>
        <translation>&amp;Vorherige Tabelle</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Show &amp;Catalog Panel</source>
        <translation>&amp;Katalogbereich anzeigen</translation>
    </message>
    <message>
        <source>Search by &amp;Name</source>
        <translation>Nach &amp;Name suchen</translation>
    </message>
    <message>
        <source>Search by &amp;Description</source>
        <translation>Nach &amp;Beschreibung suchen</translation>
    </message>
    <message>
        <source>Search by C&amp;olumn</source>
        <translation>Nach &amp;Spalte suchen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Command Center</source>
        <translation>&amp;Über Command Center</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Switch To</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Show or hide</source>
        <translation>Anzeigen oder ausblenden</translation>
    </message>
</context>
<context>
    <name>QueryErrorText</name>
    <message>
        <source>compiled %1 operations</source>
        <translation>kompilierte %1-Operationen</translation>
    </message>
    <message>
        <source>this operation</source>
        <translation>diese Operation</translation>
    </message>
    <message>
        <source>PostgreSQL does not know a table in the statement</source>
        <translation>PostgreSQL kennt eine Tabelle der Anweisung nicht</translation>
    </message>
    <message>
        <source>Use the physical schema and table name of a scoped table (or its alias), and add the table to the scope.</source>
        <translation>Verwenden Sie das physische Schema und den Tabellennamen einer Tabelle im Bereich (oder ihren Alias), und fügen Sie die Tabelle dem Bereich hinzu.</translation>
    </message>
    <message>
        <source>PostgreSQL does not know a column in the statement</source>
        <translation>PostgreSQL kennt eine Spalte der Anweisung nicht</translation>
    </message>
    <message>
        <source>Check the column name against the table&apos;s Columns tab; completion (Ctrl+Space) lists the scoped tables&apos; columns.</source>
        <translation>Prüfen Sie den Spaltennamen im Reiter „Spalten“ der Tabelle; die Vervollständigung (Strg+Leertaste) listet die Spalten der Tabellen im Bereich.</translation>
    </message>
    <message>
        <source>The statement has a syntax error</source>
        <translation>Die Anweisung hat einen Syntaxfehler</translation>
    </message>
    <message>
        <source>Fix the SQL near the place PostgreSQL names.</source>
        <translation>Korrigieren Sie das SQL an der Stelle, die PostgreSQL nennt.</translation>
    </message>
    <message>
        <source>A value or operator does not match the column&apos;s type</source>
        <translation>Ein Wert oder Operator passt nicht zum Typ der Spalte</translation>
    </message>
    <message>
        <source>Give the parameter the column&apos;s type in the parameter form, or cast it in the SQL.</source>
        <translation>Geben Sie dem Parameter im Parameterformular den Typ der Spalte, oder wandeln Sie ihn im SQL um.</translation>
    </message>
    <message>
        <source>A value is not valid for its type</source>
        <translation>Ein Wert ist für seinen Typ ungültig</translation>
    </message>
    <message>
        <source>Check the parameter values and their types.</source>
        <translation>Prüfen Sie die Parameterwerte und ihre Typen.</translation>
    </message>
    <message>
        <source>The statement tried to write in a read-only query</source>
        <translation>Die Anweisung versuchte, in einer schreibgeschützten Abfrage zu schreiben</translation>
    </message>
    <message>
        <source>A SELECT runs read-only; writes need a connection that allows them and a write operation.</source>
        <translation>Ein SELECT läuft schreibgeschützt; Schreibzugriffe brauchen eine Verbindung, die sie erlaubt, und eine Schreiboperation.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the statement</source>
        <translation>PostgreSQL hat die Anweisung abgelehnt</translation>
    </message>
    <message>
        <source>Check names, types and permissions in the SQL.</source>
        <translation>Prüfen Sie Namen, Typen und Berechtigungen im SQL.</translation>
    </message>
    <message>
        <source>PostgreSQL reported an error</source>
        <translation>PostgreSQL hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The statement writes %1 without write access</source>
        <translation>Die Anweisung schreibt in %1 ohne Schreibzugriff</translation>
    </message>
    <message>
        <source>Set that table&apos;s access to write in the scope; writing needs the editor role.</source>
        <translation>Setzen Sie den Zugriff dieser Tabelle im Bereich auf Schreiben; Schreiben erfordert die Rolle Editor.</translation>
    </message>
    <message>
        <source>The statement reads %1, which is outside the query&apos;s scope</source>
        <translation>Die Anweisung liest %1, das außerhalb des Bereichs der Abfrage liegt</translation>
    </message>
    <message>
        <source>Add %1 to the scope (Add table…), or take it out of the SQL.</source>
        <translation>Fügen Sie %1 dem Bereich hinzu (Tabelle hinzufügen…), oder entfernen Sie es aus dem SQL.</translation>
    </message>
    <message>
        <source>The scope names a table you may not use this way</source>
        <translation>Der Bereich nennt eine Tabelle, die Sie so nicht verwenden dürfen</translation>
    </message>
    <message>
        <source>Remove the table from the scope, or ask for access to it.</source>
        <translation>Entfernen Sie die Tabelle aus dem Bereich, oder beantragen Sie Zugriff darauf.</translation>
    </message>
    <message>
        <source>A table in the scope no longer exists</source>
        <translation>Eine Tabelle im Bereich existiert nicht mehr</translation>
    </message>
    <message>
        <source>Remove it from the scope and add the table again.</source>
        <translation>Entfernen Sie sie aus dem Bereich und fügen Sie die Tabelle erneut hinzu.</translation>
    </message>
    <message>
        <source>The data source does not support %1</source>
        <translation>Die Datenquelle unterstützt %1 nicht</translation>
    </message>
    <message>
        <source>Run it against tables of a data source that supports it, or ask an administrator to enable the capability.</source>
        <translation>Führen Sie es mit Tabellen einer Datenquelle aus, die es unterstützt, oder bitten Sie einen Administrator, die Fähigkeit zu aktivieren.</translation>
    </message>
    <message>
        <source>The query ran longer than its %1 s statement timeout</source>
        <translation>Die Abfrage lief länger als ihr Anweisungs-Timeout von %1 s</translation>
    </message>
    <message>
        <source>The query ran longer than its statement timeout</source>
        <translation>Die Abfrage lief länger als ihr Anweisungs-Timeout</translation>
    </message>
    <message>
        <source>Raise the timeout, filter on indexed columns, or order by the primary key so pages can be read quickly.</source>
        <translation>Erhöhen Sie das Timeout, filtern Sie auf indizierte Spalten, oder sortieren Sie nach dem Primärschlüssel, damit Seiten schnell gelesen werden können.</translation>
    </message>
    <message>
        <source>The statement calls a function the server does not allow</source>
        <translation>Die Anweisung ruft eine Funktion auf, die der Server nicht erlaubt</translation>
    </message>
    <message>
        <source>The server does not allow the function %1</source>
        <translation>Der Server erlaubt die Funktion %1 nicht</translation>
    </message>
    <message>
        <source>Only read-only functions may run in a query; remove the call.</source>
        <translation>In einer Abfrage dürfen nur lesende Funktionen laufen; entfernen Sie den Aufruf.</translation>
    </message>
    <message>
        <source>Only one statement can run at a time</source>
        <translation>Es kann nur eine Anweisung gleichzeitig laufen</translation>
    </message>
    <message>
        <source>Remove the other statements or run them one by one.</source>
        <translation>Entfernen Sie die anderen Anweisungen, oder führen Sie sie einzeln aus.</translation>
    </message>
    <message>
        <source>The statement does not match the operation sent</source>
        <translation>Die Anweisung passt nicht zur gesendeten Operation</translation>
    </message>
    <message>
        <source>A query runs one SELECT (or WITH … SELECT).</source>
        <translation>Eine Abfrage führt ein SELECT aus (oder WITH … SELECT).</translation>
    </message>
    <message>
        <source>The scoped tables live on different data sources</source>
        <translation>Die Tabellen im Bereich liegen in verschiedenen Datenquellen</translation>
    </message>
    <message>
        <source>One query reads one data source: keep only tables of one source.</source>
        <translation>Eine Abfrage liest eine Datenquelle: Behalten Sie nur Tabellen einer Quelle.</translation>
    </message>
    <message>
        <source>The parameters do not fit the statement</source>
        <translation>Die Parameter passen nicht zur Anweisung</translation>
    </message>
    <message>
        <source>Check that every %(name)s has a value of the right type.</source>
        <translation>Prüfen Sie, dass jedes %(name)s einen Wert des richtigen Typs hat.</translation>
    </message>
    <message>
        <source>The data source cannot be reached</source>
        <translation>Die Datenquelle ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Try again later; if it persists, tell the server&apos;s operator.</source>
        <translation>Versuchen Sie es später erneut; wenn es anhält, informieren Sie den Betreiber des Servers.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>SQLSTATE %1</source>
        <translation>SQLSTATE %1</translation>
    </message>
    <message>
        <source>The query was cancelled</source>
        <translation>Die Abfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>Run it again with Ctrl+Enter.</source>
        <translation>Führen Sie sie mit Strg+Eingabe erneut aus.</translation>
    </message>
    <message>
        <source>No answer from the server in time</source>
        <translation>Keine rechtzeitige Antwort vom Server</translation>
    </message>
    <message>
        <source>Check the connection, or raise the statement timeout for a slow query.</source>
        <translation>Prüfen Sie die Verbindung, oder erhöhen Sie das Anweisungs-Timeout für eine langsame Abfrage.</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Check the connection&apos;s address and that the server is running.</source>
        <translation>Prüfen Sie die Adresse der Verbindung und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The query was not sent</source>
        <translation>Die Abfrage wurde nicht gesendet</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the contract</source>
        <translation>Die Antwort des Servers entspricht nicht dem Vertrag</translation>
    </message>
    <message>
        <source>The server may be of another version; the raw answer is in the log.</source>
        <translation>Der Server hat möglicherweise eine andere Version; die unveränderte Antwort steht im Protokoll.</translation>
    </message>
    <message>
        <source>The server did not accept the connection&apos;s credentials</source>
        <translation>Der Server hat die Zugangsdaten der Verbindung nicht akzeptiert</translation>
    </message>
    <message>
        <source>Edit the connection and enter a valid token.</source>
        <translation>Bearbeiten Sie die Verbindung und geben Sie ein gültiges Token ein.</translation>
    </message>
    <message>
        <source>You are not allowed to run this query</source>
        <translation>Sie dürfen diese Abfrage nicht ausführen</translation>
    </message>
    <message>
        <source>Ask for access to the scoped tables.</source>
        <translation>Beantragen Sie Zugriff auf die Tabellen im Bereich.</translation>
    </message>
    <message>
        <source>The server has no execute-operation route</source>
        <translation>Der Server hat keine execute-operation-Route</translation>
    </message>
    <message>
        <source>Check the connection&apos;s API namespace (legacy or v1).</source>
        <translation>Prüfen Sie den API-Namensraum der Verbindung (legacy oder v1).</translation>
    </message>
    <message>
        <source>The query ran out of time</source>
        <translation>Die Abfrage hat ihre Zeit überschritten</translation>
    </message>
    <message>
        <source>Raise the statement timeout or narrow the query.</source>
        <translation>Erhöhen Sie das Anweisungs-Timeout oder grenzen Sie die Abfrage ein.</translation>
    </message>
    <message>
        <source>The server failed while running the query</source>
        <translation>Der Server ist beim Ausführen der Abfrage gescheitert</translation>
    </message>
    <message>
        <source>Try again; if it persists, tell the server&apos;s operator.</source>
        <translation>Versuchen Sie es erneut; wenn es anhält, informieren Sie den Betreiber des Servers.</translation>
    </message>
    <message>
        <source>The server refused the query</source>
        <translation>Der Server hat die Abfrage abgelehnt</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>at an unknown time</source>
        <translation>zu einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
</context>
<context>
    <name>SceneExport</name>
    <message>
        <source>There is no drawing to export yet.</source>
        <translation>Es gibt noch keine Zeichnung zum Exportieren.</translation>
    </message>
    <message>
        <source>Not enough memory for an image of this size.</source>
        <translation>Nicht genug Speicher für ein Bild dieser Größe.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Schema graph</source>
        <translation>Schemagraph</translation>
    </message>
</context>
<context>
    <name>SelectBuilder</name>
    <message>
        <source>No columns are known for %1: rows come in no particular order, so pages may overlap or miss rows.</source>
        <translation>Für %1 sind keine Spalten bekannt: Zeilen kommen in keiner bestimmten Reihenfolge, daher können sich Seiten überschneiden oder Zeilen fehlen.</translation>
    </message>
    <message>
        <source>%1 has no primary key and none of its columns can be ordered: rows come in no particular order, so pages may overlap or miss rows.</source>
        <translation>%1 hat keinen Primärschlüssel, und keine ihrer Spalten lässt sich sortieren: Zeilen kommen in keiner bestimmten Reihenfolge, daher können sich Seiten überschneiden oder Zeilen fehlen.</translation>
    </message>
    <message>
        <source>%1 has no primary key: rows are ordered by all columns, which is slow on large tables and cannot tell identical rows apart.</source>
        <translation>%1 hat keinen Primärschlüssel: Zeilen werden nach allen Spalten sortiert, was bei großen Tabellen langsam ist und gleiche Zeilen nicht unterscheiden kann.</translation>
    </message>
    <message>
        <source>Columns that cannot be ordered were left out of the order: %1.</source>
        <translation>Nicht sortierbare Spalten wurden bei der Sortierung ausgelassen: %1.</translation>
    </message>
    <message>
        <source>The scope needs at least one table.</source>
        <translation>Der Bereich braucht mindestens eine Tabelle.</translation>
    </message>
    <message>
        <source>A scope table has no MetaTable uid.</source>
        <translation>Eine Tabelle im Bereich hat keine MetaTable-UID.</translation>
    </message>
    <message>
        <source>The row limit must be at least 1.</source>
        <translation>Das Zeilenlimit muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The offset must not be negative.</source>
        <translation>Der Offset darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The statement timeout must be at least 1 ms.</source>
        <translation>Das Anweisungs-Timeout muss mindestens 1 ms betragen.</translation>
    </message>
    <message>
        <source>A parameter has no name.</source>
        <translation>Ein Parameter hat keinen Namen.</translation>
    </message>
    <message>
        <source>Parameter %1: a name of letters, digits and _ is needed to write it as %(name)s.</source>
        <translation>Parameter %1: Ein Name aus Buchstaben, Ziffern und _ ist nötig, um ihn als %(name)s zu schreiben.</translation>
    </message>
    <message>
        <source>Parameter %1 is given twice.</source>
        <translation>Parameter %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Parameter %1: %2</source>
        <translation>Parameter %1: %2</translation>
    </message>
    <message>
        <source>The SQL uses %(%1)s but no value is given for it.</source>
        <translation>Das SQL verwendet %(%1)s, aber dafür ist kein Wert angegeben.</translation>
    </message>
</context>
<context>
    <name>SqlStatementCheck</name>
    <message>
        <source>Unterminated string literal.</source>
        <translation>Nicht abgeschlossenes Zeichenkettenliteral.</translation>
    </message>
    <message>
        <source>Unterminated quoted identifier.</source>
        <translation>Nicht abgeschlossener Bezeichner in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Unterminated dollar-quoted string %1.</source>
        <translation>Nicht abgeschlossene Dollar-Zeichenkette %1.</translation>
    </message>
    <message>
        <source>Unterminated /* comment.</source>
        <translation>Nicht abgeschlossener /*-Kommentar.</translation>
    </message>
    <message>
        <source>A bounded query must start with SELECT or WITH, not %1.</source>
        <translation>Eine begrenzte Abfrage muss mit SELECT oder WITH beginnen, nicht mit %1.</translation>
    </message>
    <message>
        <source>This parenthesis is never closed.</source>
        <translation>Diese Klammer wird nie geschlossen.</translation>
    </message>
    <message>
        <source>This closing parenthesis has no match.</source>
        <translation>Zu dieser schließenden Klammer gibt es kein Gegenstück.</translation>
    </message>
    <message>
        <source>A WITH query changes data (%1); a bounded query may only read.</source>
        <translation>Eine WITH-Abfrage ändert Daten (%1); eine begrenzte Abfrage darf nur lesen.</translation>
    </message>
    <message>
        <source>WITH is not followed by a main statement.</source>
        <translation>Auf WITH folgt keine Hauptanweisung.</translation>
    </message>
    <message>
        <source>The main statement after WITH must be a SELECT, not %1.</source>
        <translation>Die Hauptanweisung nach WITH muss ein SELECT sein, nicht %1.</translation>
    </message>
    <message>
        <source>No ORDER BY at the top level: stable paging needs a deterministic order.</source>
        <translation>Kein ORDER BY auf oberster Ebene: Stabiles Blättern braucht eine eindeutige Reihenfolge.</translation>
    </message>
    <message>
        <source>The SQL text contains no statement.</source>
        <translation>Der SQL-Text enthält keine Anweisung.</translation>
    </message>
    <message>
        <source>Only one statement is allowed; another one starts here.</source>
        <translation>Nur eine Anweisung ist erlaubt; hier beginnt eine weitere.</translation>
    </message>
</context>
<context>
    <name>TableCardItem</name>
    <message>
        <source>ROOT</source>
        <translation>WURZEL</translation>
    </message>
    <message>
        <source>no namespace</source>
        <translation>kein Namensraum</translation>
    </message>
    <message numerus="yes">
        <source>+%n more column(s)</source>
        <translation>
            <numerusform>+%n weitere Spalte</numerusform>
            <numerusform>+%n weitere Spalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableDocument</name>
    <message>
        <source>Introspection</source>
        <translation>Introspektion</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Dependents</source>
        <translation>Abhängige</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>Referenziert von</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
</context>
<context>
    <name>cc::ApiCall</name>
    <message>
        <source>No server address is set. Enter one in the connection settings.</source>
        <translation>Es ist keine Serveradresse gesetzt. Geben Sie eine in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid http:// or https:// URL. Check the connection settings.</source>
        <translation>Die Serveradresse &quot;%1&quot; ist keine gültige http://- oder https://-URL. Prüfen Sie die Verbindungseinstellungen.</translation>
    </message>
</context>
<context>
    <name>cc::ApiClient</name>
    <message>
        <source>Type a search term: description and column search need one.</source>
        <translation>Geben Sie einen Suchbegriff ein: Beschreibungs- und Spaltensuche brauchen einen.</translation>
    </message>
    <message>
        <source>No table has the identifier &quot;%1&quot;.</source>
        <translation>Keine Tabelle hat den Bezeichner &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several tables have the identifier &quot;%1&quot;: use the table&apos;s uid instead.</source>
        <translation>Mehrere Tabellen haben den Bezeichner &quot;%1&quot;: Verwenden Sie stattdessen die UID der Tabelle.</translation>
    </message>
    <message>
        <source>the server did not confirm a dry run, so the delete may have been carried out. Check the table</source>
        <translation>der Server hat keinen Probelauf bestätigt, daher wurde das Löschen möglicherweise ausgeführt. Prüfen Sie die Tabelle</translation>
    </message>
</context>
<context>
    <name>cc::ExecutePager</name>
    <message>
        <source>The connection was closed while the query ran.</source>
        <translation>Die Verbindung wurde geschlossen, während die Abfrage lief.</translation>
    </message>
    <message>
        <source>The connection was closed before the query ran.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Abfrage lief.</translation>
    </message>
</context>
<context>
    <name>cc::NamespaceDetector</name>
    <message>
        <source>Could not tell which API the server at %1 offers: probing %2 answered HTTP %3. Check the server address, or choose the API namespace in the connection settings</source>
        <translation>Es war nicht zu erkennen, welche API der Server unter %1 anbietet: Die Prüfung von %2 antwortete mit HTTP %3. Prüfen Sie die Serveradresse, oder wählen Sie den API-Namensraum in den Verbindungseinstellungen</translation>
    </message>
</context>
<context>
    <name>cc::net</name>
    <message>
        <source>The address %1 is not an http:// or https:// URL. Check the server address.</source>
        <translation>Die Adresse %1 ist keine http://- oder https://-URL. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1, which is not the configured server %2. Check the server&apos;s link settings.</source>
        <translation>Zugangsdaten werden nicht an %1 gesendet, da dies nicht der konfigurierte Server %2 ist. Prüfen Sie die Link-Einstellungen des Servers.</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1 over plain HTTP. Use an https:// address, or allow insecure HTTP for this connection.</source>
        <translation>Zugangsdaten werden nicht über einfaches HTTP an %1 gesendet. Verwenden Sie eine https://-Adresse, oder erlauben Sie unsicheres HTTP für diese Verbindung.</translation>
    </message>
    <message>
        <source>Could not reach %1 (connection refused). Is the server running?</source>
        <translation>%1 ist nicht erreichbar (Verbindung abgelehnt). Läuft der Server?</translation>
    </message>
    <message>
        <source>Could not reach %1 (host not found). Check the server address.</source>
        <translation>%1 ist nicht erreichbar (Host nicht gefunden). Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering %2. Try again.</source>
        <translation>Der Server unter %1 hat die Verbindung geschlossen, bevor er %2 beantwortet hat. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after %2 was sent. It was not sent again because the server may have carried it out: check before trying again.</source>
        <translation>Die Verbindung zu %1 ging verloren, nachdem %2 gesendet wurde. Es wurde nicht erneut gesendet, weil der Server es ausgeführt haben könnte: Prüfen Sie dies, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check the network and try again.</source>
        <translation>Die Verbindung zu %1 hat das Zeitlimit überschritten. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed</source>
        <translation>Die sichere Verbindung zu %1 ist gescheitert</translation>
    </message>
    <message>
        <source>Check the server certificate, or turn off TLS verification for this connection if you trust the server.</source>
        <translation>Prüfen Sie das Serverzertifikat, oder schalten Sie die TLS-Prüfung für diese Verbindung aus, wenn Sie dem Server vertrauen.</translation>
    </message>
    <message>
        <source>%1 was redirected somewhere it may not follow</source>
        <translation>%1 wurde an ein Ziel umgeleitet, dem nicht gefolgt werden darf</translation>
    </message>
    <message>
        <source>The request %1 failed</source>
        <translation>Die Anfrage %1 ist gescheitert</translation>
    </message>
    <message>
        <source>Check the network and try again.</source>
        <translation>Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 got no answer within %2 s. The server may be busy: try again, or raise the timeout.</source>
        <translation>%1 erhielt innerhalb von %2 s keine Antwort. Der Server ist möglicherweise ausgelastet: Versuchen Sie es erneut, oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>The server refused %1 (%2)</source>
        <translation>Der Server hat %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>The server refused the credentials for %1 (%2)</source>
        <translation>Der Server hat die Zugangsdaten für %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>Sign in again or update the access token.</source>
        <translation>Melden Sie sich erneut an oder aktualisieren Sie das Zugriffstoken.</translation>
    </message>
    <message>
        <source>You do not have permission for %1 (%2)</source>
        <translation>Sie haben keine Berechtigung für %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing was found at %1 (%2)</source>
        <translation>Unter %1 wurde nichts gefunden (%2)</translation>
    </message>
    <message>
        <source>The server gave up on %1 (%2)</source>
        <translation>Der Server hat %1 aufgegeben (%2)</translation>
    </message>
    <message>
        <source>The server reported a conflict for %1 (%2)</source>
        <translation>Der Server meldete einen Konflikt für %1 (%2)</translation>
    </message>
    <message>
        <source>The server is limiting requests and refused %1 (%2)</source>
        <translation>Der Server begrenzt Anfragen und hat %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server answered %1 to %2</source>
        <translation>Der Server antwortete %1 auf %2</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The reply to %1 is not valid JSON: %2</source>
        <translation>Die Antwort auf %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The reply to %1 does not match the contract: %2</source>
        <translation>Die Antwort auf %1 entspricht nicht dem Vertrag: %2</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server requires you to sign in (HTTP 401)</source>
        <translation>Der Server verlangt eine Anmeldung (HTTP 401)</translation>
    </message>
    <message>
        <source>Set an access token or a user name and password.</source>
        <translation>Legen Sie ein Zugriffstoken oder einen Benutzernamen und ein Passwort fest.</translation>
    </message>
    <message>
        <source>The server refused the access token (HTTP 401): it is invalid or expired</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt (HTTP 401): Es ist ungültig oder abgelaufen</translation>
    </message>
    <message>
        <source>Sign in again or update the token.</source>
        <translation>Melden Sie sich erneut an oder aktualisieren Sie das Token.</translation>
    </message>
    <message>
        <source>The access token is invalid or expired and the server refused to renew it (HTTP %1). Sign in again.</source>
        <translation>Das Zugriffstoken ist ungültig oder abgelaufen, und der Server hat die Erneuerung abgelehnt (HTTP %1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The access token is invalid or expired and renewing it failed: %1</source>
        <translation>Das Zugriffstoken ist ungültig oder abgelaufen, und die Erneuerung ist gescheitert: %1</translation>
    </message>
    <message>
        <source>The server still refused the request after the token was renewed (HTTP 401): the token is invalid or expired</source>
        <translation>Der Server hat die Anfrage auch nach Erneuerung des Tokens abgelehnt (HTTP 401): Das Token ist ungültig oder abgelaufen</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <source>Graphviz: %1</source>
        <translation>Graphviz: %1</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>System: %1 (%2)</translation>
    </message>
    <message>
        <source>Platform plugin: %1</source>
        <translation>Plattform-Plugin: %1</translation>
    </message>
    <message>
        <source>About Command Center</source>
        <translation>Über Command Center</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A desktop client for MetaTable catalogs: find tables, read their contracts, follow their foreign keys, see what depends on them and run bounded queries.</source>
        <translation>Ein Desktop-Client für MetaTable-Kataloge: Tabellen finden, ihre Verträge lesen, ihren Fremdschlüsseln folgen, sehen, was von ihnen abhängt, und begrenzte Abfragen ausführen.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Graphviz:</source>
        <translation>Graphviz:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Distributed under the MIT License. Qt is used under the LGPL 3; Graphviz under the Eclipse Public License.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz. Qt wird unter der LGPL 3 verwendet, Graphviz unter der Eclipse Public License.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Homepage&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Backend contract&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Homepage&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Backend-Vertrag&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>cc::ui::BrowseDataTab</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Run the browse query again</source>
        <translation>Die Blätterabfrage erneut ausführen</translation>
    </message>
    <message>
        <source>Open in Query Console</source>
        <translation>In Abfragekonsole öffnen</translation>
    </message>
    <message>
        <source>Edit this SELECT in a query console (Ctrl+Shift+E)</source>
        <translation>Dieses SELECT in einer Abfragekonsole bearbeiten (Strg+Umschalt+E)</translation>
    </message>
</context>
<context>
    <name>cc::ui::CatalogModel</name>
    <message>
        <source>Namespace: %1</source>
        <translation>Namensraum: %1</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Bezeichnungen: %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::CatalogPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Search identifiers, namespaces, table names and data sources</source>
        <translation>Bezeichner, Namensräume, Tabellennamen und Datenquellen durchsuchen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Search the table search index by meaning</source>
        <translation>Den Tabellensuchindex nach Bedeutung durchsuchen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Find tables that have a column</source>
        <translation>Tabellen finden, die eine Spalte haben</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Alle Namensräume</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>More filters: management mode, data source, labels</source>
        <translation>Weitere Filter: Verwaltungsmodus, Datenquelle, Bezeichnungen</translation>
    </message>
    <message>
        <source>Any management mode</source>
        <translation>Beliebiger Verwaltungsmodus</translation>
    </message>
    <message>
        <source>Platform managed</source>
        <translation>Plattformverwaltet</translation>
    </message>
    <message>
        <source>External registered</source>
        <translation>Extern registriert</translation>
    </message>
    <message>
        <source>Any data source</source>
        <translation>Beliebige Datenquelle</translation>
    </message>
    <message>
        <source>Labels, comma separated</source>
        <translation>Bezeichnungen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search tables by name, namespace, data source…</source>
        <translation>Tabellen nach Name, Namensraum, Datenquelle suchen…</translation>
    </message>
    <message>
        <source>Describe the data you are looking for…</source>
        <translation>Beschreiben Sie die gesuchten Daten…</translation>
    </message>
    <message>
        <source>Find tables with a column named…</source>
        <translation>Tabellen mit einer Spalte namens … finden</translation>
    </message>
    <message>
        <source>No tables match “%1” in namespace %2.</source>
        <translation>Keine Tabellen passen zu „%1“ im Namensraum %2.</translation>
    </message>
    <message>
        <source>No tables match “%1”.</source>
        <translation>Keine Tabellen passen zu „%1“.</translation>
    </message>
    <message>
        <source>Namespace %1 has no tables.</source>
        <translation>Der Namensraum %1 hat keine Tabellen.</translation>
    </message>
    <message>
        <source>No tables match these filters.</source>
        <translation>Keine Tabellen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>The catalog has no tables yet.</source>
        <translation>Der Katalog hat noch keine Tabellen.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>1 table</source>
        <translation>1 Tabelle</translation>
    </message>
    <message>
        <source>%1 tables</source>
        <translation>%1 Tabellen</translation>
    </message>
    <message>
        <source>%1+ tables</source>
        <translation>%1+ Tabellen</translation>
    </message>
    <message>
        <source>No tables</source>
        <translation>Keine Tabellen</translation>
    </message>
    <message>
        <source>Choose or add a connection in the Connection menu.</source>
        <translation>Wählen Sie im Menü „Verbindung“ eine Verbindung aus oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>Try another search mode or clear the filters.</source>
        <translation>Versuchen Sie einen anderen Suchmodus oder leeren Sie die Filter.</translation>
    </message>
    <message>
        <source>Could not load more tables: %1</source>
        <translation>Weitere Tabellen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the catalog</source>
        <translation>Der Katalog konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>cc::ui::CatalogRowDelegate</name>
    <message>
        <source>managed</source>
        <translation>verwaltet</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
</context>
<context>
    <name>cc::ui::ColumnsTab</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Backend type</source>
        <translation>Backend-Typ</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>NULL-zulässig</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PS</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Filter columns</source>
        <translation>Spalten filtern</translation>
    </message>
    <message>
        <source>Logical name: %1</source>
        <translation>Logischer Name: %1</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Bezeichnung: %1</translation>
    </message>
    <message>
        <source>ordinal_position %1</source>
        <translation>ordinal_position %1</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>NULL-zulässig</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source> · primary key: 1 column</source>
        <translation> · Primärschlüssel: 1 Spalte</translation>
    </message>
    <message>
        <source> · primary key: %1 columns</source>
        <translation> · Primärschlüssel: %1 Spalten</translation>
    </message>
    <message>
        <source> · from the table contract (no normalized projection)</source>
        <translation> · aus dem Tabellenvertrag (keine normalisierte Projektion)</translation>
    </message>
</context>
<context>
    <name>cc::ui::ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connect to a TS Manager backend. The connection is tested before it is saved.</source>
        <translation>Mit einem TS-Manager-Backend verbinden. Die Verbindung wird vor dem Speichern getestet.</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Legacy routes (/orm/api/ts_manager/)</source>
        <translation>Legacy-Routen (/orm/api/ts_manager/)</translation>
    </message>
    <message>
        <source>v1 routes (/api/v1/)</source>
        <translation>v1-Routen (/api/v1/)</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Optional: renews the access token</source>
        <translation>Optional: erneuert das Zugriffstoken</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Aktualisierungstoken:</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>Das TLS-Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host other than this computer</source>
        <translation>Einfaches http:// zu einem anderen Host als diesem Computer erlauben</translation>
    </message>
    <message>
        <source>Allow writes (INSERT, UPDATE, DELETE) from query consoles, each after a confirmation</source>
        <translation>Schreibzugriffe (INSERT, UPDATE, DELETE) aus Abfragekonsolen erlauben, jeweils nach einer Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>v1 routes</source>
        <translation>v1-Routen</translation>
    </message>
    <message>
        <source>legacy routes</source>
        <translation>Legacy-Routen</translation>
    </message>
    <message>
        <source>1 table</source>
        <translation>1 Tabelle</translation>
    </message>
    <message>
        <source>%1 tables</source>
        <translation>%1 Tabellen</translation>
    </message>
    <message>
        <source>no tables yet</source>
        <translation>noch keine Tabellen</translation>
    </message>
    <message>
        <source>tables found</source>
        <translation>Tabellen gefunden</translation>
    </message>
    <message>
        <source>Connected to %1 (%2): %3, answered in %4 ms.</source>
        <translation>Verbunden mit %1 (%2): %3, Antwort in %4 ms.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ConnectionSession</name>
    <message>
        <source>Not connected yet</source>
        <translation>Noch nicht verbunden</translation>
    </message>
    <message>
        <source>Detecting API</source>
        <translation>API wird erkannt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
</context>
<context>
    <name>cc::ui::ConnectionStatus</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 %2 · %3 ms</source>
        <translation>%1 %2 · %3 ms</translation>
    </message>
    <message>
        <source>Last request: %1 %2</source>
        <translation>Letzte Anfrage: %1 %2</translation>
    </message>
    <message>
        <source>⚠ Tokens in a private file, no keychain</source>
        <translation>⚠ Tokens in einer privaten Datei, kein Schlüsselbund</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source> (v1 API)</source>
        <translation> (v1-API)</translation>
    </message>
    <message>
        <source> (legacy API)</source>
        <translation> (Legacy-API)</translation>
    </message>
</context>
<context>
    <name>cc::ui::ContractChangeModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Column / object</source>
        <translation>Spalte / Objekt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
</context>
<context>
    <name>cc::ui::ContractDiffView</name>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the diff as a Markdown report or as JSON</source>
        <translation>Den Vergleich als Markdown-Bericht oder als JSON speichern</translation>
    </message>
    <message>
        <source>Markdown report (.md)…</source>
        <translation>Markdown-Bericht (.md)…</translation>
    </message>
    <message>
        <source>JSON (.json)…</source>
        <translation>JSON (.json)…</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <source>Export diff as Markdown</source>
        <translation>Vergleich als Markdown exportieren</translation>
    </message>
    <message>
        <source>Export diff as JSON</source>
        <translation>Vergleich als JSON exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export gescheitert</translation>
    </message>
    <message>
        <source>The diff could not be written to %1: %2</source>
        <translation>Der Vergleich konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cc::ui::ContractTab</name>
    <message>
        <source>Registered contract</source>
        <translation>Registrierter Vertrag</translation>
    </message>
    <message>
        <source>The contract the backend holds for this table</source>
        <translation>Der Vertrag, den das Backend für diese Tabelle hält</translation>
    </message>
    <message>
        <source>Validate a replacement</source>
        <translation>Einen Ersatz validieren</translation>
    </message>
    <message>
        <source>Check a proposed contract with the backend and see what it would change</source>
        <translation>Einen vorgeschlagenen Vertrag mit dem Backend prüfen und sehen, was er ändern würde</translation>
    </message>
</context>
<context>
    <name>cc::ui::DependentsModel</name>
    <message>
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>cascades</source>
        <translation>kaskadiert</translation>
    </message>
    <message>
        <source>sets null</source>
        <translation>setzt NULL</translation>
    </message>
    <message>
        <source>sets default</source>
        <translation>setzt Standardwert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The schema graph does not say.</source>
        <translation>Der Schemagraph sagt es nicht.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Via foreign key</source>
        <translation>Über Fremdschlüssel</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>Row delete</source>
        <translation>Zeilen löschen</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Platform-managed</source>
        <translation>Plattformverwaltet</translation>
    </message>
    <message>
        <source>How many references away from the table to delete (1: it references it directly)</source>
        <translation>Wie viele Verweise von der zu löschenden Tabelle entfernt (1: sie verweist direkt darauf)</translation>
    </message>
    <message>
        <source>What deleting rows of the table does to this table&apos;s rows</source>
        <translation>Was das Löschen von Zeilen der Tabelle mit den Zeilen dieser Tabelle macht</translation>
    </message>
    <message>
        <source>Platform-managed tables have their physical table dropped when they are deleted</source>
        <translation>Bei plattformverwalteten Tabellen wird die physische Tabelle beim Löschen entfernt</translation>
    </message>
    <message>
        <source>The table to delete (%1)</source>
        <translation>Die zu löschende Tabelle (%1)</translation>
    </message>
    <message>
        <source>the table to delete</source>
        <translation>die zu löschende Tabelle</translation>
    </message>
    <message>
        <source>references itself</source>
        <translation>verweist auf sich selbst</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>Protected from deletion: only an administrator may override it.</source>
        <translation>Vor dem Löschen geschützt: Nur ein Administrator kann dies aufheben.</translation>
    </message>
    <message>
        <source>drops table</source>
        <translation>entfernt Tabelle</translation>
    </message>
    <message>
        <source>Platform-managed: deleting it drops its physical table.</source>
        <translation>Plattformverwaltet: Das Löschen entfernt ihre physische Tabelle.</translation>
    </message>
    <message>
        <source>Blocks a strict delete of %1: it references it.</source>
        <translation>Blockiert ein striktes Löschen von %1: Sie verweist darauf.</translation>
    </message>
    <message>
        <source>Beyond the graph&apos;s depth: only a foreign key names this table, so its own dependents are not known.</source>
        <translation>Jenseits der Tiefe des Graphen: Nur ein Fremdschlüssel nennt diese Tabelle, daher sind ihre eigenen abhängigen Tabellen nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 %2 references %3</source>
        <translation>%1 %2 verweist auf %3</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Deleting rows of %1 does not reach this table.</source>
        <translation>Das Löschen von Zeilen aus %1 erreicht diese Tabelle nicht.</translation>
    </message>
    <message>
        <source>Protected from deletion: a cascade stops here unless an administrator overrides the protection.</source>
        <translation>Vor dem Löschen geschützt: Eine Kaskade endet hier, sofern kein Administrator den Schutz aufhebt.</translation>
    </message>
    <message>
        <source>Platform-managed: a cascade drops its physical table.</source>
        <translation>Plattformverwaltet: Eine Kaskade entfernt ihre physische Tabelle.</translation>
    </message>
</context>
<context>
    <name>cc::ui::DependentsTab</name>
    <message>
        <source>Filter dependents</source>
        <translation>Abhängige filtern</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Fetch the graph again and redo the analysis</source>
        <translation>Den Graphen erneut abrufen und die Analyse wiederholen</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Copy the verdicts in plain words</source>
        <translation>Die Urteile in einfachen Worten kopieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the report as Markdown, CSV or JSON</source>
        <translation>Den Bericht als Markdown, CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Markdown report…</source>
        <translation>Markdown-Bericht…</translation>
    </message>
    <message>
        <source>CSV (one row per dependent)…</source>
        <translation>CSV (eine Zeile pro abhängiger Tabelle)…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Finding the tables that depend on %1…</source>
        <translation>Die von %1 abhängigen Tabellen werden gesucht…</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>Wird neu geladen…</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n table(s)…</source>
        <translation>
            <numerusform>%n Tabelle wird analysiert…</numerusform>
            <numerusform>%n Tabellen werden analysiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>No table depends on %1</source>
        <translation>Keine Tabelle hängt von %1 ab</translation>
    </message>
    <message>
        <source>As far as the graph reaches; see the warning above.</source>
        <translation>Soweit der Graph reicht; siehe die Warnung oben.</translation>
    </message>
    <message>
        <source>No foreign key of another table points at it.</source>
        <translation>Kein Fremdschlüssel einer anderen Tabelle zeigt darauf.</translation>
    </message>
    <message>
        <source>The list of dependents may be incomplete</source>
        <translation>Die Liste der abhängigen Tabellen ist möglicherweise unvollständig</translation>
    </message>
    <message>
        <source>1 dependent table</source>
        <translation>1 abhängige Tabelle</translation>
    </message>
    <message>
        <source>%1 dependent tables</source>
        <translation>%1 abhängige Tabellen</translation>
    </message>
    <message>
        <source>1 blocking reference</source>
        <translation>1 blockierender Verweis</translation>
    </message>
    <message>
        <source>%1 blocking references</source>
        <translation>%1 blockierende Verweise</translation>
    </message>
    <message>
        <source>graph depth %1 (server limit %2)</source>
        <translation>Graphtiefe %1 (Servergrenze %2)</translation>
    </message>
    <message>
        <source>graph depth %1</source>
        <translation>Graphtiefe %1</translation>
    </message>
    <message>
        <source>%1 · %2 · analysed %3</source>
        <translation>%1 · %2 · analysiert %3</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in the graph</source>
        <translation>
            <numerusform>%n Tabelle im Graphen</numerusform>
            <numerusform>%n Tabellen im Graphen</numerusform>
        </translation>
    </message>
    <message>
        <source>on a worker thread</source>
        <translation>in einem Hintergrund-Thread</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>Could not reload: %1</source>
        <translation>Neu laden gescheitert: %1</translation>
    </message>
    <message>
        <source>Could not find what depends on %1</source>
        <translation>Es konnte nicht ermittelt werden, was von %1 abhängt</translation>
    </message>
    <message>
        <source>There is no analysis to export yet.</source>
        <translation>Es gibt noch keine Analyse zum Exportieren.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export deletion impact</source>
        <translation>Auswirkungen des Löschens exportieren</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern gescheitert: %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::DocumentArea</name>
    <message>
        <source>Command Center</source>
        <translation>Command Center</translation>
    </message>
    <message>
        <source>Find a table in the catalog on the left, or jump to one by name.</source>
        <translation>Suchen Sie eine Tabelle im Katalog links, oder springen Sie per Name zu einer.</translation>
    </message>
</context>
<context>
    <name>cc::ui::DryRunPanel</name>
    <message>
        <source>Ask the server</source>
        <translation>Server fragen</translation>
    </message>
    <message>
        <source>A strict DELETE sent with dry_run=True: the server checks it as it would a real delete, then rolls everything back.</source>
        <translation>Ein striktes DELETE mit dry_run=True: Der Server prüft es wie ein echtes Löschen und nimmt dann alles zurück.</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <source>Send the strict delete again as a dry run; nothing is deleted</source>
        <translation>Das strikte Löschen erneut als Probelauf senden; es wird nichts gelöscht</translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation>ERLAUBT</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>VERWEIGERT</translation>
    </message>
    <message>
        <source>ASKING…</source>
        <translation>FRAGE…</translation>
    </message>
    <message>
        <source>NO ANSWER</source>
        <translation>KEINE ANTWORT</translation>
    </message>
    <message>
        <source>NOT ASKED</source>
        <translation>NICHT GEFRAGT</translation>
    </message>
    <message>
        <source>The server agrees with the analysis.</source>
        <translation>Der Server stimmt mit der Analyse überein.</translation>
    </message>
    <message>
        <source>The server and the analysis disagree.</source>
        <translation>Server und Analyse sind sich nicht einig.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s answer: the graph it sent may be out of date or cut off.</source>
        <translation>Vertrauen Sie der Antwort des Servers: Der gesendete Graph kann veraltet oder abgeschnitten sein.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ErrorBanner</name>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>cc::ui::ForeignKeysTab</name>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>References table</source>
        <translation>Referenzierte Tabelle</translation>
    </message>
    <message>
        <source>Target columns</source>
        <translation>Zielspalten</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>Filter foreign keys</source>
        <translation>Fremdschlüssel filtern</translation>
    </message>
    <message>
        <source>unknown table</source>
        <translation>unbekannte Tabelle</translation>
    </message>
    <message>
        <source>Open %1 (%2)</source>
        <translation>%1 öffnen (%2)</translation>
    </message>
    <message>
        <source>The server did not say which MetaTable this is.</source>
        <translation>Der Server hat nicht gesagt, welche MetaTable dies ist.</translation>
    </message>
    <message>
        <source>This table references no other table.</source>
        <translation>Diese Tabelle verweist auf keine andere Tabelle.</translation>
    </message>
    <message>
        <source>1 foreign key</source>
        <translation>1 Fremdschlüssel</translation>
    </message>
    <message>
        <source>%1 foreign keys</source>
        <translation>%1 Fremdschlüssel</translation>
    </message>
    <message>
        <source> · from the table contract</source>
        <translation> · aus dem Tabellenvertrag</translation>
    </message>
</context>
<context>
    <name>cc::ui::GraphErrorPage</name>
    <message>
        <source>The schema graph could not be shown</source>
        <translation>Der Schemagraph konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>cc::ui::GraphInspector</name>
    <message>
        <source>root table</source>
        <translation>Wurzeltabelle</translation>
    </message>
    <message>
        <source>depends on the root</source>
        <translation>hängt von der Wurzel ab</translation>
    </message>
    <message>
        <source>referenced by the root</source>
        <translation>von der Wurzel referenziert</translation>
    </message>
    <message>
        <source>on a cycle with the root</source>
        <translation>in einem Zyklus mit der Wurzel</translation>
    </message>
    <message>
        <source>no directed path to the root</source>
        <translation>kein gerichteter Pfad zur Wurzel</translation>
    </message>
    <message>
        <source>Close the inspector</source>
        <translation>Den Inspektor schließen</translation>
    </message>
    <message>
        <source>Select a table to see its columns and relations.</source>
        <translation>Wählen Sie eine Tabelle, um ihre Spalten und Beziehungen zu sehen.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Double-click to go to the table</source>
        <translation>Doppelklicken, um zur Tabelle zu gehen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>No namespace</source>
        <translation>Kein Namensraum</translation>
    </message>
    <message>
        <source>Namespace: %1</source>
        <translation>Namensraum: %1</translation>
    </message>
    <message>
        <source>time-indexed</source>
        <translation>zeitindiziert</translation>
    </message>
    <message>
        <source>protected from deletion</source>
        <translation>vor dem Löschen geschützt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>Spalten (%1)</translation>
    </message>
    <message>
        <source>References (%1)</source>
        <translation>Verweise (%1)</translation>
    </message>
    <message>
        <source>Referenced by (%1)</source>
        <translation>Referenziert von (%1)</translation>
    </message>
</context>
<context>
    <name>cc::ui::GraphLegend</name>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>cascade: deletes dependent rows</source>
        <translation>cascade: löscht abhängige Zeilen</translation>
    </message>
    <message>
        <source>restrict: blocks the delete</source>
        <translation>restrict: blockiert das Löschen</translation>
    </message>
    <message>
        <source>no action: blocks at commit</source>
        <translation>no action: blockiert beim Commit</translation>
    </message>
    <message>
        <source>set null</source>
        <translation>set null</translation>
    </message>
    <message>
        <source>set default</source>
        <translation>set default</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>root table</source>
        <translation>Wurzeltabelle</translation>
    </message>
    <message>
        <source>depends on the root (left)</source>
        <translation>hängt von der Wurzel ab (links)</translation>
    </message>
    <message>
        <source>referenced by the root (right)</source>
        <translation>von der Wurzel referenziert (rechts)</translation>
    </message>
    <message>
        <source>both: on a cycle with the root</source>
        <translation>beides: in einem Zyklus mit der Wurzel</translation>
    </message>
    <message>
        <source>no directed path to the root</source>
        <translation>kein gerichteter Pfad zur Wurzel</translation>
    </message>
</context>
<context>
    <name>cc::ui::GraphLoader</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Could not load the schema graph: %1</source>
        <translation>Der Schemagraph konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::GraphOverview</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>cc::ui::GraphTab</name>
    <message>
        <source>Open table</source>
        <translation>Tabelle öffnen</translation>
    </message>
    <message>
        <source>Open the selected table (else the root) in its own document</source>
        <translation>Die ausgewählte Tabelle (sonst die Wurzel) in einem eigenen Dokument öffnen</translation>
    </message>
    <message>
        <source>Open in window</source>
        <translation>In Fenster öffnen</translation>
    </message>
    <message>
        <source>Show this graph in a separate window that keeps working on its own</source>
        <translation>Diesen Graphen in einem eigenen Fenster zeigen, das unabhängig weiterarbeitet</translation>
    </message>
</context>
<context>
    <name>cc::ui::GraphToolBar</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the previous root table</source>
        <translation>Zurück zur vorherigen Wurzeltabelle</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>How many foreign-key hops to follow from the root table</source>
        <translation>Wie vielen Fremdschlüssel-Schritten ab der Wurzeltabelle gefolgt wird</translation>
    </message>
    <message>
        <source>Include incoming</source>
        <translation>Eingehende einbeziehen</translation>
    </message>
    <message>
        <source>Also fetch the tables that reference the root (its dependents)</source>
        <translation>Auch die Tabellen abrufen, die auf die Wurzel verweisen (ihre abhängigen Tabellen)</translation>
    </message>
    <message>
        <source>Find table…</source>
        <translation>Tabelle suchen…</translation>
    </message>
    <message>
        <source>Find a table by name and centre it (Enter: next match)</source>
        <translation>Eine Tabelle per Name finden und zentrieren (Eingabe: nächster Treffer)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole graph</source>
        <translation>Den ganzen Graphen einpassen</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Show the columns of every table</source>
        <translation>Die Spalten jeder Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Hide the columns of every table</source>
        <translation>Die Spalten jeder Tabelle ausblenden</translation>
    </message>
    <message>
        <source>Layered</source>
        <translation>Geschichtet</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Kräftebasiert</translation>
    </message>
    <message>
        <source>Layered: dependents left, referenced tables right.
Force-directed: faster and more compact for very large graphs.</source>
        <translation>Geschichtet: abhängige Tabellen links, referenzierte Tabellen rechts.
Kräftebasiert: schneller und kompakter für sehr große Graphen.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show what colours and line styles mean</source>
        <translation>Zeigen, was Farben und Linienarten bedeuten</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG-Bild…</translation>
    </message>
    <message>
        <source>PNG image (2×)…</source>
        <translation>PNG-Bild (2×)…</translation>
    </message>
    <message>
        <source>Graphviz DOT…</source>
        <translation>Graphviz DOT…</translation>
    </message>
    <message>
        <source>JSON (graph and layout)…</source>
        <translation>JSON (Graph und Layout)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the graph as an image, DOT or JSON</source>
        <translation>Den Graphen als Bild, DOT oder JSON speichern</translation>
    </message>
</context>
<context>
    <name>cc::ui::GraphWindow</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Open table</source>
        <translation>Tabelle öffnen</translation>
    </message>
    <message>
        <source>Open the selected table (else the root) in the main window (%1)</source>
        <translation>Die ausgewählte Tabelle (sonst die Wurzel) im Hauptfenster öffnen (%1)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Fetch this graph again (%1)</source>
        <translation>Diesen Graphen erneut abrufen (%1)</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <source>%1 — Schema graph — %2</source>
        <translation>%1 — Schemagraph — %2</translation>
    </message>
    <message>
        <source>Schema graph — %1</source>
        <translation>Schemagraph — %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::GridTab</name>
    <message>
        <source>%1 — %2 shown</source>
        <translation>%1 — %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>cc::ui::ImpactBanner</name>
    <message>
        <source>Deleting %1 is allowed: no other table references it.</source>
        <translation>Das Löschen von %1 ist erlaubt: Keine andere Tabelle verweist darauf.</translation>
    </message>
    <message>
        <source>Whether it is protected is not known.</source>
        <translation>Ob sie geschützt ist, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>1 table references it (%1)</source>
        <translation>1 Tabelle verweist darauf (%1)</translation>
    </message>
    <message>
        <source>%1 tables reference it (%2)</source>
        <translation>%1 Tabellen verweisen darauf (%2)</translation>
    </message>
    <message>
        <source>it is protected from deletion</source>
        <translation>sie ist vor dem Löschen geschützt</translation>
    </message>
    <message>
        <source>Deleting %1 is refused: %2.</source>
        <translation>Das Löschen von %1 wird verweigert: %2.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Deleting its rows is blocked while rows of %1 reference them.</source>
        <translation>Das Löschen ihrer Zeilen ist blockiert, solange Zeilen von %1 darauf verweisen.</translation>
    </message>
    <message>
        <source>Deleting its rows also deletes its own rows that reference them.</source>
        <translation>Das Löschen ihrer Zeilen löscht auch ihre eigenen Zeilen, die darauf verweisen.</translation>
    </message>
    <message>
        <source>Deleting its rows also deletes the rows that reference them in %1.</source>
        <translation>Das Löschen ihrer Zeilen löscht auch die Zeilen in %1, die darauf verweisen.</translation>
    </message>
    <message>
        <source>Deleting its rows affects no other table.</source>
        <translation>Das Löschen ihrer Zeilen betrifft keine andere Tabelle.</translation>
    </message>
    <message>
        <source>Deleting its rows only clears the references to them in %1.</source>
        <translation>Das Löschen ihrer Zeilen leert nur die Verweise darauf in %1.</translation>
    </message>
    <message>
        <source>A cascade delete removes no other table.</source>
        <translation>Ein kaskadierendes Löschen entfernt keine andere Tabelle.</translation>
    </message>
    <message>
        <source>A cascade delete would also remove 1 table</source>
        <translation>Ein kaskadierendes Löschen würde auch 1 Tabelle entfernen</translation>
    </message>
    <message>
        <source>A cascade delete would also remove %1 tables</source>
        <translation>Ein kaskadierendes Löschen würde auch %1 Tabellen entfernen</translation>
    </message>
    <message>
        <source>%1 protected</source>
        <translation>%1 geschützt</translation>
    </message>
    <message>
        <source>1 physical table dropped</source>
        <translation>1 physische Tabelle entfernt</translation>
    </message>
    <message>
        <source>%1 physical tables dropped</source>
        <translation>%1 physische Tabellen entfernt</translation>
    </message>
    <message>
        <source>%1 is platform-managed: its physical table is dropped with it.</source>
        <translation>%1 ist plattformverwaltet: Ihre physische Tabelle wird mit ihr entfernt.</translation>
    </message>
    <message>
        <source>The graph may be incomplete.</source>
        <translation>Der Graph ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>VERWEIGERT</translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation>ERLAUBT</translation>
    </message>
    <message>
        <source>ROWS BLOCKED</source>
        <translation>ZEILEN BLOCKIERT</translation>
    </message>
    <message>
        <source>ROWS CASCADE</source>
        <translation>ZEILEN KASKADIEREN</translation>
    </message>
    <message>
        <source>ROWS OK</source>
        <translation>ZEILEN OK</translation>
    </message>
    <message>
        <source>CASCADE</source>
        <translation>KASKADE</translation>
    </message>
</context>
<context>
    <name>cc::ui::IndexesTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Filter indexes</source>
        <translation>Indizes filtern</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>This table has no indexes.</source>
        <translation>Diese Tabelle hat keine Indizes.</translation>
    </message>
    <message>
        <source>1 index</source>
        <translation>1 Index</translation>
    </message>
    <message>
        <source>%1 indexes</source>
        <translation>%1 Indizes</translation>
    </message>
    <message>
        <source> · from the table contract</source>
        <translation> · aus dem Tabellenvertrag</translation>
    </message>
</context>
<context>
    <name>cc::ui::IntrospectionTab</name>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>The physical table as the backend last introspected it</source>
        <translation>Die physische Tabelle, wie das Backend sie zuletzt introspektiert hat</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>The registered contract compared with the snapshot</source>
        <translation>Der registrierte Vertrag verglichen mit dem Snapshot</translation>
    </message>
    <message>
        <source>Introspect now</source>
        <translation>Jetzt introspektieren</translation>
    </message>
    <message>
        <source>Read the physical table from its data source again and store the snapshot (POST introspect/)</source>
        <translation>Die physische Tabelle erneut aus ihrer Datenquelle lesen und den Snapshot speichern (POST introspect/)</translation>
    </message>
    <message>
        <source>No drift</source>
        <translation>Keine Abweichung</translation>
    </message>
    <message>
        <source>The physical table matches the registered contract in everything the snapshot describes.</source>
        <translation>Die physische Tabelle entspricht dem registrierten Vertrag in allem, was der Snapshot beschreibt.</translation>
    </message>
    <message>
        <source>Never introspected</source>
        <translation>Nie introspektiert</translation>
    </message>
    <message>
        <source>Data source %1 does not support table introspection (supports_table_introspection is off).</source>
        <translation>Die Datenquelle %1 unterstützt keine Tabellen-Introspektion (supports_table_introspection ist aus).</translation>
    </message>
    <message>
        <source>The backend holds no snapshot of the physical table yet. Introspecting reads its columns, indexes, constraints and foreign keys from the data source and stores them on the table, so the registered contract can be checked for drift.</source>
        <translation>Das Backend hat noch keinen Snapshot der physischen Tabelle. Die Introspektion liest ihre Spalten, Indizes, Constraints und Fremdschlüssel aus der Datenquelle und speichert sie bei der Tabelle, damit der registrierte Vertrag auf Abweichungen geprüft werden kann.</translation>
    </message>
    <message>
        <source>This table&apos;s data source, %1, does not support introspection, so no snapshot can be taken from here. An administrator can enable supports_table_introspection on the data source.</source>
        <translation>Die Datenquelle dieser Tabelle, %1, unterstützt keine Introspektion, daher kann von hier kein Snapshot erstellt werden. Ein Administrator kann supports_table_introspection für die Datenquelle aktivieren.</translation>
    </message>
    <message>
        <source>Introspection is not available for this table.</source>
        <translation>Introspektion ist für diese Tabelle nicht verfügbar.</translation>
    </message>
    <message>
        <source>Ask an administrator to enable it, or compare the contract with the database by other means.</source>
        <translation>Bitten Sie einen Administrator, sie zu aktivieren, oder vergleichen Sie den Vertrag auf anderem Weg mit der Datenbank.</translation>
    </message>
    <message>
        <source>Drift: none</source>
        <translation>Abweichung: keine</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>Drift (%1)</source>
        <translation>Abweichung (%1)</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>Introspected %1</source>
        <translation>Introspektiert %1</translation>
    </message>
    <message>
        <source>%1 · introspected %2</source>
        <translation>%1 · introspektiert %2</translation>
    </message>
    <message>
        <source>The snapshot carries no introspected_at time</source>
        <translation>Der Snapshot enthält keine introspected_at-Zeit</translation>
    </message>
    <message>
        <source>The registered contract compared with the physical table as introspected %1. Breaking changes come first; each says why it matters.</source>
        <translation>Der registrierte Vertrag verglichen mit der physischen Tabelle, wie sie %1 introspektiert wurde. Inkompatible Änderungen stehen zuerst; jede sagt, warum sie wichtig ist.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Introspecting…</source>
        <translation>Introspektion läuft…</translation>
    </message>
    <message>
        <source>Reading the physical table from data source %1…</source>
        <translation>Die physische Tabelle wird aus der Datenquelle %1 gelesen…</translation>
    </message>
    <message>
        <source>Introspected just now: %1, %2, %3, %4.</source>
        <translation>Gerade introspektiert: %1, %2, %3, %4.</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>1 index</source>
        <translation>1 Index</translation>
    </message>
    <message>
        <source>%1 indexes</source>
        <translation>%1 Indizes</translation>
    </message>
    <message>
        <source>1 constraint</source>
        <translation>1 Constraint</translation>
    </message>
    <message>
        <source>%1 constraints</source>
        <translation>%1 Constraints</translation>
    </message>
    <message>
        <source>1 foreign key</source>
        <translation>1 Fremdschlüssel</translation>
    </message>
    <message>
        <source>%1 foreign keys</source>
        <translation>%1 Fremdschlüssel</translation>
    </message>
    <message>
        <source>The physical table matches the registered contract.</source>
        <translation>Die physische Tabelle entspricht dem registrierten Vertrag.</translation>
    </message>
    <message>
        <source>It has drifted from the registered contract (%1).</source>
        <translation>Sie weicht vom registrierten Vertrag ab (%1).</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>Show the drift</source>
        <translation>Die Abweichung anzeigen</translation>
    </message>
    <message>
        <source>Your token may not introspect this table.</source>
        <translation>Ihr Token darf diese Tabelle nicht introspektieren.</translation>
    </message>
    <message>
        <source>Introspecting stores a new snapshot on the table, so it needs an editor or admin token; this connection&apos;s token can only read. Reconnect with an editor token (Connection ▸ Edit connection…) and try again.</source>
        <translation>Die Introspektion speichert einen neuen Snapshot bei der Tabelle und braucht daher ein Editor- oder Admin-Token; das Token dieser Verbindung kann nur lesen. Verbinden Sie sich erneut mit einem Editor-Token (Verbindung ▸ Verbindung bearbeiten…) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The data source cannot introspect tables.</source>
        <translation>Die Datenquelle kann keine Tabellen introspektieren.</translation>
    </message>
    <message>
        <source>Introspection needs supports_table_introspection on the table&apos;s data source (%1). Ask an administrator to enable it; the stored snapshot, if any, is still shown.</source>
        <translation>Die Introspektion braucht supports_table_introspection bei der Datenquelle der Tabelle (%1). Bitten Sie einen Administrator, es zu aktivieren; ein gespeicherter Snapshot wird weiterhin angezeigt.</translation>
    </message>
    <message>
        <source>The physical table does not exist.</source>
        <translation>Die physische Tabelle existiert nicht.</translation>
    </message>
    <message>
        <source>The table is registered, but its data source has no such table. Create it, or delete the registration if the table is gone for good.</source>
        <translation>Die Tabelle ist registriert, aber ihre Datenquelle hat keine solche Tabelle. Legen Sie sie an, oder löschen Sie die Registrierung, wenn die Tabelle endgültig weg ist.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials.</source>
        <translation>Der Server hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Sign in again (Connection ▸ Edit connection…) and retry.</source>
        <translation>Melden Sie sich erneut an (Verbindung ▸ Verbindung bearbeiten…) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The snapshot shown is the stored one. Check the connection and try again.</source>
        <translation>Der angezeigte Snapshot ist der gespeicherte. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Introspection failed.</source>
        <translation>Die Introspektion ist gescheitert.</translation>
    </message>
    <message>
        <source>The snapshot shown is the stored one.</source>
        <translation>Der angezeigte Snapshot ist der gespeicherte.</translation>
    </message>
</context>
<context>
    <name>cc::ui::JsonCellDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>cc::ui::MainWindow</name>
    <message>
        <source>Command Center</source>
        <translation>Command Center</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Copied the UID of %1</source>
        <translation>UID von %1 kopiert</translation>
    </message>
    <message>
        <source>Copied the identifier of %1</source>
        <translation>Bezeichner von %1 kopiert</translation>
    </message>
    <message>
        <source>Copied the table name of %1</source>
        <translation>Tabellenname von %1 kopiert</translation>
    </message>
    <message>
        <source>No connection: pass --url and --token, or set COMMAND_CENTER_URL and MAINSEQUENCE_ACCESS_TOKEN.</source>
        <translation>Keine Verbindung: Geben Sie --url und --token an, oder setzen Sie COMMAND_CENTER_URL und MAINSEQUENCE_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>%1 — Command Center</source>
        <translation>%1 — Command Center</translation>
    </message>
    <message>
        <source>Not connected: choose a connection first.</source>
        <translation>Nicht verbunden: Wählen Sie zuerst eine Verbindung.</translation>
    </message>
    <message>
        <source>Opened %1 in the background</source>
        <translation>%1 im Hintergrund geöffnet</translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation>%1 wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1 (this run only)</source>
        <translation>%1 (nur für diesen Lauf)</translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation>Keine gespeicherten Verbindungen</translation>
    </message>
</context>
<context>
    <name>cc::ui::OverviewTab</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>No description. Tables without one are harder to find by description search.</source>
        <translation>Keine Beschreibung. Tabellen ohne Beschreibung sind über die Beschreibungssuche schwerer zu finden.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>Referenziert von</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Bezeichnungen</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>Physical table</source>
        <translation>Physische Tabelle</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Management mode</source>
        <translation>Verwaltungsmodus</translation>
    </message>
    <message>
        <source>Schema management</source>
        <translation>Schemaverwaltung</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Table kind</source>
        <translation>Tabellenart</translation>
    </message>
    <message>
        <source>Contract version</source>
        <translation>Vertragsversion</translation>
    </message>
    <message>
        <source>Protected from deletion</source>
        <translation>Vor dem Löschen geschützt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Migration provider</source>
        <translation>Migrationsanbieter</translation>
    </message>
    <message>
        <source>Alembic revision</source>
        <translation>Alembic-Revision</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>indiziert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>missing: description search cannot rank this table</source>
        <translation>fehlt: Die Beschreibungssuche kann diese Tabelle nicht einordnen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 indexed, %2 with a description</source>
        <translation>%1 indiziert, %2 mit Beschreibung</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>name, description and column search</source>
        <translation>Namens-, Beschreibungs- und Spaltensuche</translation>
    </message>
</context>
<context>
    <name>cc::ui::ParameterForm</name>
    <message>
        <source>No parameters. Write %(name)s in the SQL to add one.</source>
        <translation>Keine Parameter. Schreiben Sie %(name)s in das SQL, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>2026-01-31T09:30:00Z</source>
        <translation>2026-01-31T09:30:00Z</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>8-4-4-4-12 hex digits</source>
        <translation>8-4-4-4-12 Hexziffern</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>value (type inferred by PostgreSQL)</source>
        <translation>Wert (Typ von PostgreSQL abgeleitet)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>The parameter&apos;s dtype; auto lets PostgreSQL infer it</source>
        <translation>Der dtype des Parameters; auto lässt PostgreSQL ihn ableiten</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Send SQL NULL instead of a value</source>
        <translation>SQL-NULL statt eines Werts senden</translation>
    </message>
    <message>
        <source>enter a value (%1) or tick NULL</source>
        <translation>einen Wert eingeben (%1) oder NULL ankreuzen</translation>
    </message>
</context>
<context>
    <name>cc::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Command Center uses the new theme and language the next time it starts.</source>
        <translation>Command Center verwendet das neue Design und die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>cc::ui::QueryConsole</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Die Abfrage ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Abort the request in flight (Esc)</source>
        <translation>Die laufende Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <source> Max rows </source>
        <translation> Max. Zeilen </translation>
    </message>
    <message>
        <source>limits.max_rows: the most rows this query may return</source>
        <translation>limits.max_rows: die höchste Zahl an Zeilen, die diese Abfrage liefern darf</translation>
    </message>
    <message>
        <source>  Timeout </source>
        <translation>  Timeout </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>limits.statement_timeout_ms: the server stops the statement after this long</source>
        <translation>limits.statement_timeout_ms: Der Server stoppt die Anweisung nach dieser Zeit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Writes allowed (with confirmation)  </source>
        <translation>Schreibzugriffe erlaubt (mit Bestätigung)  </translation>
    </message>
    <message>
        <source>Read-only  </source>
        <translation>Nur lesen  </translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The query was not sent: fix the problems under the editor.</source>
        <translation>Die Abfrage wurde nicht gesendet: Beheben Sie die Probleme unter dem Editor.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>The %1 was not run.</source>
        <translation>Das %1 wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Running the %1…</source>
        <translation>Das %1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>No queries run yet</source>
        <translation>Noch keine Abfragen ausgeführt</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Abfrage: %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::QueryWorkspace</name>
    <message>
        <source>&amp;New Query</source>
        <translation>&amp;Neue Abfrage</translation>
    </message>
    <message>
        <source>Open a query console</source>
        <translation>Eine Abfragekonsole öffnen</translation>
    </message>
    <message>
        <source>&amp;Query This Table</source>
        <translation>Diese Tabelle &amp;abfragen</translation>
    </message>
    <message>
        <source>Open a query console scoped to the current table</source>
        <translation>Eine Abfragekonsole für die aktuelle Tabelle öffnen</translation>
    </message>
    <message>
        <source>&amp;Browse Data</source>
        <translation>Daten &amp;durchblättern</translation>
    </message>
    <message>
        <source>Show the current table&apos;s rows</source>
        <translation>Die Zeilen der aktuellen Tabelle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Abfrage</translation>
    </message>
    <message>
        <source>Not connected: choose a connection first.</source>
        <translation>Nicht verbunden: Wählen Sie zuerst eine Verbindung.</translation>
    </message>
</context>
<context>
    <name>cc::ui::QuickOpen</name>
    <message>
        <source>Go to table…  (Enter opens, Ctrl+Enter opens in the background)</source>
        <translation>Zu Tabelle gehen…  (Eingabe öffnet, Strg+Eingabe öffnet im Hintergrund)</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Matching tables</source>
        <translation>Passende Tabellen</translation>
    </message>
    <message>
        <source>No table matches “%1”.</source>
        <translation>Keine Tabelle passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>cc::ui::RawJsonTab</name>
    <message>
        <source>Find in JSON</source>
        <translation>Im JSON suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>cc::ui::ReferencedByTab</name>
    <message>
        <source>Referencing table</source>
        <translation>Verweisende Tabelle</translation>
    </message>
    <message>
        <source>Its columns</source>
        <translation>Ihre Spalten</translation>
    </message>
    <message>
        <source>Columns here</source>
        <translation>Spalten hier</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>Filter references</source>
        <translation>Verweise filtern</translation>
    </message>
    <message>
        <source>Looking up the referencing tables…</source>
        <translation>Die verweisenden Tabellen werden gesucht…</translation>
    </message>
    <message>
        <source>Could not look up the referencing tables: %1</source>
        <translation>Die verweisenden Tabellen konnten nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>unknown table</source>
        <translation>unbekannte Tabelle</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Open %1 (%2)</source>
        <translation>%1 öffnen (%2)</translation>
    </message>
    <message>
        <source>No other table references this one.</source>
        <translation>Keine andere Tabelle verweist auf diese.</translation>
    </message>
    <message>
        <source>1 foreign key points at this table</source>
        <translation>1 Fremdschlüssel zeigt auf diese Tabelle</translation>
    </message>
    <message>
        <source>%1 foreign keys point at this table</source>
        <translation>%1 Fremdschlüssel zeigen auf diese Tabelle</translation>
    </message>
    <message>
        <source>1 referencing table could not be identified from the schema graph.</source>
        <translation>1 verweisende Tabelle konnte im Schemagraphen nicht identifiziert werden.</translation>
    </message>
    <message>
        <source>%1 referencing tables could not be identified from the schema graph.</source>
        <translation>%1 verweisende Tabellen konnten im Schemagraphen nicht identifiziert werden.</translation>
    </message>
</context>
<context>
    <name>cc::ui::RegisteredContractView</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Backend type</source>
        <translation>Backend-Typ</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>NULL-zulässig</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PS</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Server-Standardwert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Logical name</source>
        <translation>Logischer Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>physical table &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>physische Tabelle &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>no primary key</source>
        <translation>kein Primärschlüssel</translation>
    </message>
    <message>
        <source>1 primary key column</source>
        <translation>1 Primärschlüsselspalte</translation>
    </message>
    <message>
        <source>%1 primary key columns</source>
        <translation>%1 Primärschlüsselspalten</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>Art %1</translation>
    </message>
    <message>
        <source>authored by %1</source>
        <translation>verfasst von %1</translation>
    </message>
    <message>
        <source>carries legacy indexes / foreign keys</source>
        <translation>enthält Legacy-Indizes / -Fremdschlüssel</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>NULL-zulässig</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
</context>
<context>
    <name>cc::ui::ReplacementPanel</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Load a contract from a JSON file (Ctrl+O)</source>
        <translation>Einen Vertrag aus einer JSON-Datei laden (Strg+O)</translation>
    </message>
    <message>
        <source>Start from registered</source>
        <translation>Vom registrierten beginnen</translation>
    </message>
    <message>
        <source>Replace the text with the registered contract (undo with Ctrl+Z)</source>
        <translation>Den Text durch den registrierten Vertrag ersetzen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Re-indent the JSON (Ctrl+Shift+F)</source>
        <translation>Das JSON neu einrücken (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Forget the saved draft and put the registered contract back (undo with Ctrl+Z)</source>
        <translation>Den gespeicherten Entwurf vergessen und den registrierten Vertrag wiederherstellen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validieren</translation>
    </message>
    <message>
        <source>Send the proposal to the backend&apos;s validate-contract route (Ctrl+Enter)</source>
        <translation>Den Vorschlag an die validate-contract-Route des Backends senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Paste a table_contract here, open a JSON file, or start from the registered contract.</source>
        <translation>Fügen Sie hier einen table_contract ein, öffnen Sie eine JSON-Datei, oder beginnen Sie mit dem registrierten Vertrag.</translation>
    </message>
    <message>
        <source>Open a contract</source>
        <translation>Einen Vertrag öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Draft restored (saved %1)</source>
        <translation>Entwurf wiederhergestellt (gespeichert %1)</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Entwurf wiederhergestellt</translation>
    </message>
    <message>
        <source>The registered contract; edits are kept as a draft</source>
        <translation>Der registrierte Vertrag; Änderungen werden als Entwurf behalten</translation>
    </message>
    <message>
        <source>Empty; nothing kept</source>
        <translation>Leer; nichts behalten</translation>
    </message>
    <message>
        <source>Same as the registered contract</source>
        <translation>Gleich dem registrierten Vertrag</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Entwurf gespeichert %1</translation>
    </message>
    <message>
        <source>Draft (not saved: no settings)</source>
        <translation>Entwurf (nicht gespeichert: keine Einstellungen)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>✗ Line %1, column %2: %3</source>
        <translation>✗ Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Go to error</source>
        <translation>Zum Fehler gehen</translation>
    </message>
    <message>
        <source>✓ Valid JSON</source>
        <translation>✓ Gültiges JSON</translation>
    </message>
    <message>
        <source>Open it in the editor anyway</source>
        <translation>Trotzdem im Editor öffnen</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2. The editor was not changed.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Der Editor wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a contract is a few kilobytes. The editor was not changed.</source>
        <translation>%1 ist %2 MB groß; ein Vertrag hat wenige Kilobyte. Der Editor wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4). The editor still holds your text.</source>
        <translation>%1 ist kein gültiges JSON (Zeile %2, Spalte %3: %4). Der Editor enthält weiterhin Ihren Text.</translation>
    </message>
    <message>
        <source>%1 holds JSON, but not a contract object. The editor still holds your text.</source>
        <translation>%1 enthält JSON, aber kein Vertragsobjekt. Der Editor enthält weiterhin Ihren Text.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Draft discarded; Ctrl+Z in the editor brings it back</source>
        <translation>Entwurf verworfen; Strg+Z im Editor holt ihn zurück</translation>
    </message>
    <message>
        <source>There is no contract to send.</source>
        <translation>Es gibt keinen Vertrag zum Senden.</translation>
    </message>
    <message>
        <source>Fix the JSON first: line %1, column %2: %3.</source>
        <translation>Beheben Sie zuerst das JSON: Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>The text is JSON, but a contract must be a JSON object.</source>
        <translation>Der Text ist JSON, aber ein Vertrag muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ResultExportJob</name>
    <message>
        <source>An export is already running.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>Speichern von %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ResultModel</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>Row %L1 is being fetched</source>
        <translation>Zeile %L1 wird abgerufen</translation>
    </message>
    <message>
        <source>SQL NULL (no value)</source>
        <translation>SQL NULL (kein Wert)</translation>
    </message>
    <message>
        <source>JSON value: double-click to view it formatted</source>
        <translation>JSON-Wert: Doppelklicken, um ihn formatiert anzuzeigen</translation>
    </message>
</context>
<context>
    <name>cc::ui::ResultPanel</name>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Count Rows</source>
        <translation>Zeilen zählen</translation>
    </message>
    <message>
        <source>Run SELECT count(*) over this query in the background</source>
        <translation>SELECT count(*) über diese Abfrage im Hintergrund ausführen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Copied %L1 rows; %L2 rows not fetched yet were left out</source>
        <translation>%L1 Zeilen kopiert; %L2 noch nicht abgerufene Zeilen wurden ausgelassen</translation>
    </message>
    <message>
        <source>Copied 1 row</source>
        <translation>1 Zeile kopiert</translation>
    </message>
    <message>
        <source>Copied %L1 rows</source>
        <translation>%L1 Zeilen kopiert</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>Run a query to see its rows here.</source>
        <translation>Führen Sie eine Abfrage aus, um ihre Zeilen hier zu sehen.</translation>
    </message>
    <message>
        <source>Counting rows failed: %1</source>
        <translation>Zeilenzählung gescheitert: %1</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 Zeilen</translation>
    </message>
    <message>
        <source>Exported %L1 rows to %2</source>
        <translation>%L1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <source>The export did not finish</source>
        <translation>Der Export wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>1 row affected</source>
        <translation>1 Zeile betroffen</translation>
    </message>
    <message>
        <source>%L1 rows affected</source>
        <translation>%L1 Zeilen betroffen</translation>
    </message>
    <message>
        <source>The %1 ran and was committed in %L2 ms.</source>
        <translation>Das %1 lief und wurde in %L2 ms festgeschrieben.</translation>
    </message>
    <message>
        <source>%1 · %L2 ms</source>
        <translation>%1 · %L2 ms</translation>
    </message>
    <message>
        <source>The query was cancelled</source>
        <translation>Die Abfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>Rows fetched so far stay; scroll to fetch more, or run again.</source>
        <translation>Bisher abgerufene Zeilen bleiben; blättern Sie, um mehr abzurufen, oder führen Sie die Abfrage erneut aus.</translation>
    </message>
    <message>
        <source>Running the query…</source>
        <translation>Abfrage läuft…</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Keine Zeilen</translation>
    </message>
    <message>
        <source>The query ran and returned no rows.</source>
        <translation>Die Abfrage lief und lieferte keine Zeilen.</translation>
    </message>
    <message>
        <source>The query did not run; see the message above.</source>
        <translation>Die Abfrage lief nicht; siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Run the query again with Ctrl+Enter.</source>
        <translation>Führen Sie die Abfrage mit Strg+Eingabe erneut aus.</translation>
    </message>
    <message>
        <source>Run a query before exporting.</source>
        <translation>Führen Sie vor dem Export eine Abfrage aus.</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The export did not start</source>
        <translation>Der Export wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zählen…</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%L1 rows fetched, more may follow</source>
        <translation>%L1 Zeilen abgerufen, weitere können folgen</translation>
    </message>
    <message>
        <source>more rows exist past %L1</source>
        <translation>weitere Zeilen jenseits von %L1</translation>
    </message>
    <message>
        <source>%L1 rows in total</source>
        <translation>%L1 Zeilen insgesamt</translation>
    </message>
    <message>
        <source>%L1 fetched</source>
        <translation>%L1 abgerufen</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%L1 pages</source>
        <translation>%L1 Seiten</translation>
    </message>
    <message>
        <source>first rows in %L1 ms</source>
        <translation>erste Zeilen in %L1 ms</translation>
    </message>
    <message>
        <source>%L1 ms fetching</source>
        <translation>%L1 ms Abruf</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>wird abgerufen…</translation>
    </message>
</context>
<context>
    <name>cc::ui::ResultView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy with &amp;Headers</source>
        <translation>Mit &amp;Kopfzeilen kopieren</translation>
    </message>
    <message>
        <source>%1 — row %L2</source>
        <translation>%1 — Zeile %L2</translation>
    </message>
    <message>
        <source>Show &amp;Value…</source>
        <translation>&amp;Wert anzeigen…</translation>
    </message>
</context>
<context>
    <name>cc::ui::RowCountJob</name>
    <message>
        <source>The count query returned no number.</source>
        <translation>Die Zählabfrage lieferte keine Zahl.</translation>
    </message>
</context>
<context>
    <name>cc::ui::SchemaGraphView</name>
    <message>
        <source>No schema graph loaded.</source>
        <translation>Kein Schemagraph geladen.</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The server&apos;s graph does not contain its root table (%1).</source>
        <translation>Der Graph des Servers enthält seine Wurzeltabelle nicht (%1).</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Loading the schema graph…</source>
        <translation>Der Schemagraph wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n table(s)…</source>
        <translation>
            <numerusform>%n Tabelle wird angeordnet…</numerusform>
            <numerusform>%n Tabellen werden angeordnet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the graph failed: %1</source>
        <translation>Das Anordnen des Graphen ist gescheitert: %1</translation>
    </message>
    <message>
        <source>No table matches “%1”.</source>
        <translation>Keine Tabelle passt zu „%1“.</translation>
    </message>
    <message>
        <source>Export schema graph</source>
        <translation>Schemagraph exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export gescheitert: %1</translation>
    </message>
    <message>
        <source>Make this the root</source>
        <translation>Zur Wurzel machen</translation>
    </message>
    <message>
        <source>Hide columns</source>
        <translation>Spalten ausblenden</translation>
    </message>
    <message>
        <source>Show columns</source>
        <translation>Spalten anzeigen</translation>
    </message>
    <message>
        <source>Select and show relations</source>
        <translation>Auswählen und Beziehungen zeigen</translation>
    </message>
    <message>
        <source>Double-click a table to make it the root · Drag to pan · Scroll to zoom</source>
        <translation>Doppelklick auf eine Tabelle macht sie zur Wurzel · Ziehen zum Verschieben · Scrollen zum Zoomen</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>incoming included</source>
        <translation>eingehende einbezogen</translation>
    </message>
    <message>
        <source>outgoing only</source>
        <translation>nur ausgehende</translation>
    </message>
    <message>
        <source>the server stopped at its depth limit</source>
        <translation>der Server hat an seiner Tiefengrenze angehalten</translation>
    </message>
    <message>
        <source>Drag to pan · Scroll to zoom · Click a table for details · Double-click to make it the root</source>
        <translation>Ziehen zum Verschieben · Scrollen zum Zoomen · Klick auf eine Tabelle für Details · Doppelklick macht sie zur Wurzel</translation>
    </message>
</context>
<context>
    <name>cc::ui::ScopePicker</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Add table by name…</source>
        <translation>Tabelle nach Name hinzufügen…</translation>
    </message>
    <message>
        <source>Remove the selected table from the scope (Del)</source>
        <translation>Die ausgewählte Tabelle aus dem Bereich entfernen (Entf)</translation>
    </message>
    <message>
        <source>%1 is already in the scope.</source>
        <translation>%1 ist bereits im Bereich.</translation>
    </message>
    <message>
        <source>%1 lives on data source “%2”, but the scope already reads “%3” (through %4). One query reads one data source: remove those tables first, or open another query for %1.</source>
        <translation>%1 liegt in der Datenquelle „%2“, aber der Bereich liest bereits „%3“ (über %4). Eine Abfrage liest eine Datenquelle: Entfernen Sie zuerst diese Tabellen, oder öffnen Sie eine weitere Abfrage für %1.</translation>
    </message>
    <message>
        <source>Could not load the table: %1</source>
        <translation>Die Tabelle konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No table is called “%1”.</source>
        <translation>Keine Tabelle heißt „%1“.</translation>
    </message>
    <message>
        <source>Could not look up “%1”: %2</source>
        <translation>„%1“ konnte nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>Double-click to change the alias</source>
        <translation>Doppelklicken, um den Alias zu ändern</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
</context>
<context>
    <name>cc::ui::ScreenshotJob</name>
    <message>
        <source>The view did not finish loading within %1 s.</source>
        <translation>Die Ansicht wurde nicht innerhalb von %1 s fertig geladen.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Press any key to close</source>
        <translation>Zum Schließen beliebige Taste drücken</translation>
    </message>
</context>
<context>
    <name>cc::ui::SideBySideModel</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>not null</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PS</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>Not in the registered contract</source>
        <translation>Nicht im registrierten Vertrag</translation>
    </message>
    <message>
        <source>Not in this contract</source>
        <translation>Nicht in diesem Vertrag</translation>
    </message>
    <message>
        <source>Whether the column accepts NULL</source>
        <translation>Ob die Spalte NULL akzeptiert</translation>
    </message>
    <message>
        <source>Part of the primary key</source>
        <translation>Teil des Primärschlüssels</translation>
    </message>
    <message>
        <source>Single-column UNIQUE</source>
        <translation>UNIQUE auf einer Spalte</translation>
    </message>
    <message>
        <source>Server default expression</source>
        <translation>Ausdruck für den Server-Standardwert</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Backend type</source>
        <translation>Backend-Typ</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
</context>
<context>
    <name>cc::ui::SnapshotView</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Backend type</source>
        <translation>Backend-Typ</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>NULL-zulässig</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>Zieltabelle</translation>
    </message>
    <message>
        <source>Target columns</source>
        <translation>Zielspalten</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value (as received)</source>
        <translation>Wert (wie empfangen)</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>NULL-zulässig</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>NO ACTION</source>
        <translation>NO ACTION</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>Spalten (%1)</translation>
    </message>
    <message>
        <source>Indexes (%1)</source>
        <translation>Indizes (%1)</translation>
    </message>
    <message>
        <source>Constraints (%1)</source>
        <translation>Constraints (%1)</translation>
    </message>
    <message>
        <source>Foreign keys (%1)</source>
        <translation>Fremdschlüssel (%1)</translation>
    </message>
    <message>
        <source>Other keys (%1)</source>
        <translation>Weitere Schlüssel (%1)</translation>
    </message>
    <message>
        <source>Keys of the snapshot this version of the app does not know, shown as the server sent them</source>
        <translation>Schlüssel des Snapshots, die diese Version der App nicht kennt, so angezeigt, wie der Server sie gesendet hat</translation>
    </message>
</context>
<context>
    <name>cc::ui::SqlEditor</name>
    <message>
        <source>SELECT … FROM schema.table AS t WHERE t.col = %(value)s ORDER BY …</source>
        <translation>SELECT … FROM schema.table AS t WHERE t.col = %(value)s ORDER BY …</translation>
    </message>
</context>
<context>
    <name>cc::ui::StateView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>cc::ui::TableDocument</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>Aktualisieren gescheitert: %1</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Table %1 was not found</source>
        <translation>Tabelle %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Not allowed to read %1</source>
        <translation>Keine Leseberechtigung für %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::TableHeader</name>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Copy the table&apos;s UID (Ctrl+Shift+U)</source>
        <translation>Die UID der Tabelle kopieren (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <source>Copy the identifier (Ctrl+Shift+I)</source>
        <translation>Den Bezeichner kopieren (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>schema.table</source>
        <translation>schema.table</translation>
    </message>
    <message>
        <source>Copy the qualified table name (Ctrl+Shift+N)</source>
        <translation>Den qualifizierten Tabellennamen kopieren (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>Management mode: %1</source>
        <translation>Verwaltungsmodus: %1</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>Protected from deletion</source>
        <translation>Vor dem Löschen geschützt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation>Datenquelle: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::TokenStore</name>
    <message>
        <source>the keychain is turned off</source>
        <translation>der Schlüsselbund ist ausgeschaltet</translation>
    </message>
    <message>
        <source>No keychain is available (%1): tokens are kept in %2, a file only your user can read.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Tokens werden in %2 gespeichert, einer Datei, die nur Ihr Benutzer lesen kann.</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The keychain refused to store the token: %1</source>
        <translation>Der Schlüsselbund hat das Speichern des Tokens verweigert: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cc::ui::ValidationResultView</name>
    <message>
        <source>JSON path</source>
        <translation>JSON-Pfad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Click an issue to select its place in the editor</source>
        <translation>Klicken Sie auf ein Problem, um seine Stelle im Editor auszuwählen</translation>
    </message>
    <message>
        <source>Same as the registered contract</source>
        <translation>Gleich dem registrierten Vertrag</translation>
    </message>
    <message>
        <source>After normalization the proposed contract describes the table exactly as it is registered.</source>
        <translation>Nach der Normalisierung beschreibt der vorgeschlagene Vertrag die Tabelle genau so, wie sie registriert ist.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>The contract as the backend normalized it (read-only).</source>
        <translation>Der Vertrag, wie das Backend ihn normalisiert hat (schreibgeschützt).</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Normalized contract</source>
        <translation>Normalisierter Vertrag</translation>
    </message>
    <message>
        <source>Nothing validated yet</source>
        <translation>Noch nichts validiert</translation>
    </message>
    <message>
        <source>Edit the proposed contract on the left, then press Validate (Ctrl+Enter). The backend checks and normalizes it, and the changes against the registered contract appear here, breaking ones first.</source>
        <translation>Bearbeiten Sie links den vorgeschlagenen Vertrag und drücken Sie dann „Validieren“ (Strg+Eingabe). Das Backend prüft und normalisiert ihn, und die Änderungen gegenüber dem registrierten Vertrag erscheinen hier, inkompatible zuerst.</translation>
    </message>
    <message>
        <source>Validating with the backend…</source>
        <translation>Validierung beim Backend läuft…</translation>
    </message>
    <message>
        <source>(whole contract)</source>
        <translation>(ganzer Vertrag)</translation>
    </message>
    <message>
        <source>Error: click to select it in the editor</source>
        <translation>Fehler: Klicken, um ihn im Editor auszuwählen</translation>
    </message>
    <message>
        <source>Warning: click to select it in the editor</source>
        <translation>Warnung: Klicken, um sie im Editor auszuwählen</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Refused by the backend: %1. It returned no normalized contract, so there is nothing to compare.</source>
        <translation>Vom Backend abgelehnt: %1. Es lieferte keinen normalisierten Vertrag, daher gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>The backend answered without a normalized contract; there is nothing to compare.</source>
        <translation>Das Backend antwortete ohne normalisierten Vertrag; es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>No normalized contract</source>
        <translation>Kein normalisierter Vertrag</translation>
    </message>
    <message>
        <source>Fix the errors listed above and validate again.</source>
        <translation>Beheben Sie die oben aufgeführten Fehler und validieren Sie erneut.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Proposed (normalized by the backend)</source>
        <translation>Vorgeschlagen (vom Backend normalisiert)</translation>
    </message>
    <message>
        <source>Refused by the backend: %1. The changes below are what the contract would do once the errors are fixed.</source>
        <translation>Vom Backend abgelehnt: %1. Die folgenden Änderungen zeigen, was der Vertrag bewirken würde, sobald die Fehler behoben sind.</translation>
    </message>
    <message>
        <source>Accepted by the backend. No change against the registered contract.</source>
        <translation>Vom Backend angenommen. Keine Änderung gegenüber dem registrierten Vertrag.</translation>
    </message>
    <message>
        <source>Accepted by the backend, but %1 would break existing rows, writers or readers.</source>
        <translation>Vom Backend angenommen, aber vorhandene Zeilen, Schreiber oder Leser würden brechen: %1.</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>Accepted by the backend. %1, none breaking.</source>
        <translation>Vom Backend angenommen. %1, keine davon inkompatibel.</translation>
    </message>
    <message>
        <source>See the %1 below.</source>
        <translation>Siehe unten: %1.</translation>
    </message>
    <message>
        <source>The contract could not be validated: %1</source>
        <translation>Der Vertrag konnte nicht validiert werden: %1</translation>
    </message>
    <message>
        <source>Your token may not validate contracts for this table; connect with a token that can.</source>
        <translation>Ihr Token darf Verträge für diese Tabelle nicht validieren; verbinden Sie sich mit einem Token, das es darf.</translation>
    </message>
    <message>
        <source>Your draft is kept; validate again when the server answers.</source>
        <translation>Ihr Entwurf bleibt erhalten; validieren Sie erneut, wenn der Server antwortet.</translation>
    </message>
    <message>
        <source>Validation failed</source>
        <translation>Validierung gescheitert</translation>
    </message>
</context>
<context>
    <name>cc::ui::WriteConfirmDialog</name>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Run %1?</source>
        <translation>%1 ausführen?</translation>
    </message>
    <message>
        <source>This %1 changes data and is committed as soon as it runs; it cannot be undone from here. Check the statement, its scope and its parameters.</source>
        <translation>Dieses %1 ändert Daten und wird festgeschrieben, sobald es läuft; es kann von hier nicht rückgängig gemacht werden. Prüfen Sie die Anweisung, ihren Bereich und ihre Parameter.</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Anweisung:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
</context>
</TS>
