package com.salaryguide.geography.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A small OEWS all-areas release made for the tests, with BLS's column names and markers: the nation and an
 * occupation group (both skipped), four states, two territories, two metropolitan areas (one renaming a seeded
 * metro, one named with a slash) and a nonmetropolitan area; "*", "**", "#" and "~"; an hourly-only row.
 * The same rows as BLS's CSV export and as a workbook (figures as numbers, markers as text, as BLS writes them).
 */
public final class SmallRelease {

    public static final String HEADER = "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,"
            + "JOBS_1000,LOC_QUOTIENT,H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,"
            + "A_PCT75,A_PCT90,ANNUAL,HOURLY";

    public static final String CSV = HEADER + "\n" + """
            99,U.S.,1,US,15-1252,Software Developers,detailed,"1,656,880",11.102,1.00,73.05,"151,960",38.07,50.11,63.59,85.82,108.45,"79,190","104,220","132,270","178,500","225,580",,
            06,California,2,CA,15-1252,Software Developers,detailed,"1,000",12.345,1.50,80.00,"166,400",40.00,55.00,75.00,100.00,#,"83,200","114,400","156,000","208,000",#,,
            06,California,2,CA,15-0000,Computer and Mathematical Occupations,major,"720,030",40.100,1.30,67.90,"141,230",29.99,43.47,64.57,86.25,104.76,"62,370","90,420","134,300","179,400","217,900",,
            48,Texas,2,TX,15-1252,Software Developers,detailed,"2,000",8.000,1.20,60.00,"124,800",30.00,40.00,55.00,70.00,90.00,"62,400","83,200","114,400","145,600","187,200",,
            53,Washington,2,WA,15-1252,Software Developers,detailed,"3,000",20.000,2.10,60.00,"124,800",35.00,45.00,60.00,80.00,100.00,"72,800","93,600","124,800","166,400","208,000",,
            36,New York,2,NY,15-1252,Software Developers,detailed,**,~,~,#,#,50.00,70.00,#,#,#,"104,000","145,600",#,#,#,,
            72,Puerto Rico,3,PR,15-1252,Software Developers,detailed,500,5.000,0.60,25.00,"52,000",15.00,20.00,24.00,30.00,38.00,"31,200","41,600","49,920","62,400","79,040",,
            12420,"Austin-Round Rock-San Marcos, TX",4,TX,15-1252,Software Developers,detailed,900,30.000,3.10,70.00,"145,600",36.00,48.00,65.00,88.00,105.00,"74,880","99,840","135,200","183,040","218,400",,
            31140,"Louisville/Jefferson County, KY-IN",4,KY,15-1252,Software Developers,detailed,400,6.000,1.20,45.00,"93,600",25.00,33.00,43.00,55.00,68.00,"52,000","68,640","89,440","114,400","141,440",,
            2600004,Northern Michigan nonmetropolitan area,6,MI,15-1252,Software Developers,detailed,50,1.500,0.30,*,*,*,*,*,*,*,*,*,*,*,*,,
            06,California,2,CA,15-2051,Data Scientists,detailed,"31,210",1.750,1.90,75.27,"156,560",37.30,50.63,70.93,95.51,#,"77,580","105,320","147,530","198,660",#,,
            12420,"Austin-Round Rock-San Marcos, TX",4,TX,15-2051,Data Scientists,detailed,"1,200",1.100,1.20,55.00,"114,400",30.00,40.00,52.00,68.00,80.00,"62,400","83,200","108,160","141,440","166,400",,
            66,Guam,3,GU,27-2011,Actors,detailed,**,~,~,24.10,*,11.23,14.10,20.05,28.96,42.17,*,*,*,*,*,,TRUE
            """;

    /** Columns from TOT_EMP on hold figures: written as numbers in the workbook unless they are a marker. */
    private static final int FIRST_FIGURE_COLUMN = 7;
    private static final int FLAG_COLUMNS = 2;

    private SmallRelease() {
    }

    public static byte[] csv() {
        return CSV.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() throws IOException {
        return xlsx(CSV);
    }

    /** Any CSV text as BLS's workbook: the header and rows on the first sheet. */
    public static byte[] xlsx(String csv) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "salary-guide-tests", "1.0");
        Worksheet sheet = workbook.newWorksheet("All May 2024 data");
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT)) {
            records = parser.getRecords();
        }
        for (int r = 0; r < records.size(); r++) {
            CSVRecord record = records.get(r);
            for (int c = 0; c < record.size(); c++) {
                String cell = record.get(c);
                boolean figure = r > 0 && c >= FIRST_FIGURE_COLUMN && c < record.size() - FLAG_COLUMNS;
                if (figure && cell.matches("[\\d,]+(\\.\\d+)?")) {
                    sheet.value(r, c, Double.parseDouble(cell.replace(",", "")));
                } else if (!cell.isEmpty()) {
                    sheet.value(r, c, cell);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
