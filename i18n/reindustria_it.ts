<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AlgorithmBase</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="35" />
        <source>Canceled: no output was written.</source>
        <translation>Annullato: nessun risultato è stato scritto.</translation>
    </message>
</context>
<context>
    <name>LandUseChangeAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="101" />
        <source>Land-use change around industrial areas (rasters)</source>
        <translation>Cambiamenti d'uso del suolo intorno alle aree industriali (raster)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="104" />
        <source>Land-use change</source>
        <translation>Cambiamenti d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="110" />
        <source>Classifies what happened to industrial land between two dates, and around it.</source>
        <translation>Classifica che cosa è successo alle aree industriali tra due date, e intorno a esse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="114" />
        <source>Land use BEFORE</source>
        <translation>Uso del suolo PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="114" />
        <source>Categorical land-use raster at the first date (any integer type, its own nodata).</source>
        <translation>Raster categorico d'uso del suolo alla prima data (qualsiasi tipo intero, con il proprio nodata).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="118" />
        <source>Land use AFTER</source>
        <translation>Uso del suolo DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="118" />
        <source>Land-use raster at the second date; aligned onto BEFORE by nearest neighbour if its grid differs.</source>
        <translation>Raster d'uso del suolo alla seconda data; se la griglia è diversa viene allineato su PRIMA con il metodo del vicino più prossimo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="125" />
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="125" />
        <source>How codes map to production classes: a preset or your own CSV.</source>
        <translation>Come i codici corrispondono alle classi produttive: una nomenclatura predefinita o un tuo CSV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="131" />
        <source>Custom nomenclature (CSV)</source>
        <translation>Nomenclatura personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="131" />
        <source>CSV with columns code, class (industrial, commercial, residential, vacant, infrastructure, green, water or nodata), label, colour. Used with 'Custom (CSV)'.</source>
        <translation>CSV con le colonne code, class (industrial, commercial, residential, vacant, infrastructure, green, water o nodata), label, colour. Usato con 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="143" />
        <source>Industrial areas</source>
        <translation>Aree industriali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="143" />
        <source>Polygons of the industrial areas the rings are drawn around; by default the cells of industrial class at the BEFORE date.</source>
        <translation>Poligoni delle aree industriali intorno a cui si tracciano le fasce; in mancanza, le celle di classe industriale alla data PRIMA.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="155" />
        <source>Distance rings (map units)</source>
        <translation>Fasce di distanza (unità della mappa)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="155" />
        <source>Increasing distances from the industrial areas, separated by commas; empty for none.</source>
        <translation>Distanze crescenti dalle aree industriali, separate da virgole; vuoto per nessuna fascia.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="166" />
        <source>Change typology (CSV meaning matrix)</source>
        <translation>Tipologia dei cambiamenti (matrice di significato CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="166" />
        <source>Overrides the 'reindustrialisation' preset: first column the class before, header the classes after, each cell a change type.</source>
        <translation>Sostituisce la tipologia predefinita 'reindustrializzazione': prima colonna la classe prima, intestazione le classi dopo, in ogni cella un tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="178" />
        <source>Zones for the summary</source>
        <translation>Zone per il riepilogo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="178" />
        <source>Polygons (municipalities, districts…) to summarise per zone.</source>
        <translation>Poligoni (comuni, distretti…) per riassumere per zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="187" />
        <source>Zone name field</source>
        <translation>Campo del nome della zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="187" />
        <source>Field naming each zone; required with zones.</source>
        <translation>Campo che dà il nome a ogni zona; obbligatorio con le zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="196" />
        <source>Change types</source>
        <translation>Tipi di cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="196" />
        <source>Raster of the change type of each cell (GeoTIFF, styled, 255 = nodata).</source>
        <translation>Raster del tipo di cambiamento di ogni cella (GeoTIFF con stile, 255 = nodata).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="200" />
        <source>Transitions</source>
        <translation>Transizioni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="200" />
        <source>From-to table of codes: cells, hectares and change type.</source>
        <translation>Tabella da-a dei codici: celle, ettari e tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="204" />
        <source>Summary by ring and zone</source>
        <translation>Riepilogo per fascia e zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="204" />
        <source>Area and share of each change type per distance ring and zone.</source>
        <translation>Superficie e quota di ogni tipo di cambiamento per fascia di distanza e zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="208" />
        <source>Change accounting</source>
        <translation>Contabilità dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="208" />
        <source>Per production class: gross gain and loss, net change, swap, persistence, quantity, exchange and shift (Pontius &amp; Santacruz 2014).</source>
        <translation>Per classe produttiva: guadagno e perdita lordi, variazione netta, scambio (swap), persistenza, quantità, scambio (exchange) e spostamento (shift) (Pontius &amp; Santacruz 2014).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="227" />
        <source>BEFORE</source>
        <translation>PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="228" />
        <source>AFTER</source>
        <translation>DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="231" />
        <source>{name} has {count} bands: only band 1 is used.</source>
        <translation>{name} ha {count} bande: si usa solo la banda 1.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="244" />
        <source>industrial areas</source>
        <translation>aree industriali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="256" />
        <source>Choose the zone name field for the zones layer.</source>
        <translation>Scegli il campo del nome della zona per il layer delle zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="257" />
        <source>zones</source>
        <translation>zone</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="271" />
        <source>Nomenclature: {n}; typology: {t}</source>
        <translation>Nomenclatura: {n}; tipologia: {t}</translation>
    </message>
</context>
<context>
    <name>ReIndustriaPlugin</name>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="55" />
        <source>ReIndustria</source>
        <translation>ReIndustria</translation>
    </message>
</context>
<context>
    <name>ReIndustriaProvider</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/provider.py" line="22" />
        <source>ReIndustria – spatial analysis of production spaces</source>
        <translation>ReIndustria – analisi spaziale degli spazi della produzione</translation>
    </message>
</context>
<context>
    <name>adapters</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="27" />
        <source>The {name} raster layer is missing or invalid.</source>
        <translation>Il layer raster {name} manca o non è valido.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="63" />
        <source>The {name} layer must contain polygons.</source>
        <translation>Il layer {name} deve contenere poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="77" />
        <source>The field '{field}' is not in the {name} layer.</source>
        <translation>Il campo '{field}' non è nel layer {name}.</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <location filename="../reindustria_plugin/analysis/intensity.py" line="242" />
        <source>The years must be numbers, e.g. 2005, 2010, 2012 (got {years}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/intensity.py" line="280" />
        <source>Category labels must be unique; repeated: {labels}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/intensity.py" line="286" />
        <source>Intensity analysis needs at least two categories (got {n}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/intensity.py" line="296" />
        <source>The crosstab of {interval} must hold numbers only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/raster_change.py" line="130" />
        <source>Ring distances must be positive and increasing, e.g. 250,500,1000 (got {rings}).</source>
        <translation>Le distanze delle fasce devono essere positive e crescenti, ad es. 250,500,1000 (ricevuto {rings}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/raster_change.py" line="147" />
        <source>Cannot read the BEFORE raster {path}: {err}</source>
        <translation>Impossibile leggere il raster PRIMA {path}: {err}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/raster_change.py" line="156" />
        <source>Cannot read the AFTER raster {path}: {err}</source>
        <translation>Impossibile leggere il raster DOPO {path}: {err}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/raster_change.py" line="479" />
        <source>nodata in BEFORE</source>
        <translation>nodata in PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/raster_change.py" line="479" />
        <source>nodata in AFTER</source>
        <translation>nodata in DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/raster_change.py" line="479" />
        <source>a 'no data' class of the nomenclature</source>
        <translation>una classe 'senza dati' della nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/raster_change.py" line="485" />
        <source>{cells} cells ({ha} ha) were excluded: {why}.</source>
        <translation>{cells} celle ({ha} ha) sono state escluse: {why}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="19" />
        <source>Industrial and productive</source>
        <translation>Industriale e produttivo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="20" />
        <source>Commercial and services</source>
        <translation>Commercio e servizi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="21" />
        <source>Residential</source>
        <translation>Residenziale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="22" />
        <source>Vacant, construction, brownfield</source>
        <translation>Aree vuote, cantieri, dismesse</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="23" />
        <source>Infrastructure, extraction, dumps</source>
        <translation>Infrastrutture, cave, discariche</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="24" />
        <source>Green, agricultural and natural</source>
        <translation>Verde, agricolo e naturale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="25" />
        <source>Water</source>
        <translation>Acque</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="43" />
        <source>No change</source>
        <translation>Nessun cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="44" />
        <source>Industrial persistence</source>
        <translation>Persistenza industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="47" />
        <source>De-industrialisation to residential</source>
        <translation>Deindustrializzazione verso residenza</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="53" />
        <source>De-industrialisation to commercial and services</source>
        <translation>Deindustrializzazione verso commercio e servizi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="59" />
        <source>De-industrialisation to vacancy or brownfield</source>
        <translation>Deindustrializzazione verso aree vuote o dismesse</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="65" />
        <source>De-industrialisation to green</source>
        <translation>Deindustrializzazione verso verde</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="71" />
        <source>De-industrialisation to infrastructure or water</source>
        <translation>Deindustrializzazione verso infrastrutture o acque</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="77" />
        <source>Re-industrialisation</source>
        <translation>Reindustrializzazione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="78" />
        <source>Industrial land take</source>
        <translation>Consumo di suolo industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="79" />
        <source>Other urban change</source>
        <translation>Altro cambiamento urbano</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="80" />
        <source>Other change</source>
        <translation>Altro cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="81" />
        <source>Unmapped code</source>
        <translation>Codice non classificato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="106" />
        <source>The {what} file {path} does not exist.</source>
        <translation>Il file {what} {path} non esiste.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="140" />
        <source>Line {line} of {path}: the code '{code}' is not a whole number.</source>
        <translation>Riga {line} di {path}: il codice '{code}' non è un numero intero.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="161" />
        <source>Line {line} of {path}: the code {code} appears twice.</source>
        <translation>Riga {line} di {path}: il codice {code} compare due volte.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="188" />
        <source>The typology CSV {path} is empty.</source>
        <translation>Il CSV della tipologia {path} è vuoto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="193" />
        <source>Typology {path}: unknown class '{cls}' in the first column. Use: {allowed}.</source>
        <translation>Tipologia {path}: classe '{cls}' sconosciuta nella prima colonna. Usa: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="207" />
        <source>Typology {path}: unknown class '{cls}' in the header. Use: {allowed}.</source>
        <translation>Tipologia {path}: classe '{cls}' sconosciuta nell'intestazione. Usa: {allowed}.</translation>
    </message>
</context>
<context>
    <name>landuse_change</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="38" />
        <source>CORINE Land Cover (grid codes 1-44)</source>
        <translation>CORINE Land Cover (codici griglia 1-44)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="39" />
        <source>CORINE Land Cover (codes 111-523)</source>
        <translation>CORINE Land Cover (codici 111-523)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="40" />
        <source>Urban Atlas 2012/2018</source>
        <translation>Urban Atlas 2012/2018</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="41" />
        <source>Custom (CSV)</source>
        <translation>Personalizzata (CSV)</translation>
    </message>
</context>
</TS>