package com.salaryguide.testsupport.oews;

import java.util.List;

/**
 * The real-world names and rough magnitudes a synthetic release is drawn from: states and territories (FIPS, USPS,
 * employment, pay level), some real metropolitan areas with their CBSA codes, some real occupations with their
 * SOC codes and approximate national figures, and per SOC major group a pay level and the words generated titles
 * are built from. Magnitudes are approximate on purpose: they make the files look like BLS's, nothing more.
 */
final class Catalog {

    private Catalog() {
    }

    /** A state or territory: employment in thousands; {@code payIndex} scales national wages (1.0 = U.S.). */
    record Place(String fips, String usps, String name, int employmentThousands, double payIndex) {
    }

    /** A real metropolitan area: CBSA code, BLS title, primary state, employment in thousands, pay level. */
    record Metro(String cbsa, String title, String primState, int employmentThousands, double payIndex) {
    }

    /** A real occupation: its median annual wage, spread (log-normal sigma) and national employment. */
    record KnownOccupation(String soc, String title, int medianAnnual, double spread, int employment,
                           Occupation.PayBasis payBasis) {
    }

    /**
     * A SOC major group: code ("15"), title, typical median annual wage and spread, its share of detailed
     * occupations (weight), and the words of generated titles ("{qualifier} {noun}").
     */
    record MajorGroup(String code, String title, int medianAnnual, double spread, int weight,
                      List<String> qualifiers, List<String> nouns) {
    }

    /** All 50 states and DC, largest employment first (a release with fewer states keeps the largest). */
    static final List<Place> STATES = List.of(
            new Place("06", "CA", "California", 17_900, 1.17),
            new Place("48", "TX", "Texas", 13_900, 0.98),
            new Place("12", "FL", "Florida", 9_700, 0.93),
            new Place("36", "NY", "New York", 9_600, 1.13),
            new Place("17", "IL", "Illinois", 6_100, 1.03),
            new Place("42", "PA", "Pennsylvania", 6_050, 0.97),
            new Place("39", "OH", "Ohio", 5_600, 0.94),
            new Place("37", "NC", "North Carolina", 4_900, 0.94),
            new Place("13", "GA", "Georgia", 4_850, 0.95),
            new Place("26", "MI", "Michigan", 4_400, 0.96),
            new Place("34", "NJ", "New Jersey", 4_300, 1.10),
            new Place("51", "VA", "Virginia", 4_150, 1.03),
            new Place("25", "MA", "Massachusetts", 3_750, 1.16),
            new Place("53", "WA", "Washington", 3_550, 1.14),
            new Place("47", "TN", "Tennessee", 3_300, 0.90),
            new Place("18", "IN", "Indiana", 3_200, 0.90),
            new Place("04", "AZ", "Arizona", 3_100, 0.97),
            new Place("55", "WI", "Wisconsin", 3_000, 0.95),
            new Place("27", "MN", "Minnesota", 3_000, 1.02),
            new Place("29", "MO", "Missouri", 2_950, 0.91),
            new Place("08", "CO", "Colorado", 2_900, 1.07),
            new Place("24", "MD", "Maryland", 2_750, 1.07),
            new Place("45", "SC", "South Carolina", 2_300, 0.88),
            new Place("01", "AL", "Alabama", 2_170, 0.86),
            new Place("21", "KY", "Kentucky", 2_000, 0.88),
            new Place("41", "OR", "Oregon", 2_000, 1.04),
            new Place("22", "LA", "Louisiana", 1_930, 0.88),
            new Place("40", "OK", "Oklahoma", 1_750, 0.87),
            new Place("49", "UT", "Utah", 1_700, 0.95),
            new Place("09", "CT", "Connecticut", 1_690, 1.08),
            new Place("19", "IA", "Iowa", 1_600, 0.90),
            new Place("32", "NV", "Nevada", 1_500, 0.95),
            new Place("20", "KS", "Kansas", 1_450, 0.90),
            new Place("05", "AR", "Arkansas", 1_350, 0.83),
            new Place("28", "MS", "Mississippi", 1_150, 0.80),
            new Place("31", "NE", "Nebraska", 1_030, 0.92),
            new Place("35", "NM", "New Mexico", 870, 0.92),
            new Place("16", "ID", "Idaho", 850, 0.88),
            new Place("11", "DC", "District of Columbia", 770, 1.32),
            new Place("54", "WV", "West Virginia", 700, 0.86),
            new Place("33", "NH", "New Hampshire", 700, 1.01),
            new Place("23", "ME", "Maine", 650, 0.94),
            new Place("15", "HI", "Hawaii", 640, 1.03),
            new Place("44", "RI", "Rhode Island", 510, 1.03),
            new Place("30", "MT", "Montana", 500, 0.90),
            new Place("10", "DE", "Delaware", 480, 0.99),
            new Place("46", "SD", "South Dakota", 460, 0.87),
            new Place("38", "ND", "North Dakota", 440, 0.95),
            new Place("02", "AK", "Alaska", 330, 1.05),
            new Place("50", "VT", "Vermont", 310, 0.98),
            new Place("56", "WY", "Wyoming", 290, 0.93));

    /** The territories BLS publishes (AREA_TYPE 3). */
    static final List<Place> TERRITORIES = List.of(
            new Place("72", "PR", "Puerto Rico", 900, 0.68),
            new Place("66", "GU", "Guam", 62, 0.80),
            new Place("78", "VI", "Virgin Islands", 36, 0.88));

    /** States BLS divides into no nonmetropolitan area. */
    static final List<String> ALL_METROPOLITAN = List.of("DC", "NJ", "RI");

    /** Real metropolitan areas, kept first (largest first, then a few smaller ones tests like to name). */
    static final List<Metro> METROS = List.of(
            new Metro("35620", "New York-Newark-Jersey City, NY-NJ", "NY", 9_500, 1.20),
            new Metro("31080", "Los Angeles-Long Beach-Anaheim, CA", "CA", 6_200, 1.15),
            new Metro("16980", "Chicago-Naperville-Elgin, IL-IN", "IL", 4_600, 1.05),
            new Metro("19100", "Dallas-Fort Worth-Arlington, TX", "TX", 4_000, 1.03),
            new Metro("26420", "Houston-Pasadena-The Woodlands, TX", "TX", 3_300, 1.01),
            new Metro("47900", "Washington-Arlington-Alexandria, DC-VA-MD-WV", "DC", 3_200, 1.20),
            new Metro("37980", "Philadelphia-Camden-Wilmington, PA-NJ-DE-MD", "PA", 2_900, 1.06),
            new Metro("12060", "Atlanta-Sandy Springs-Roswell, GA", "GA", 2_900, 1.01),
            new Metro("33100", "Miami-Fort Lauderdale-West Palm Beach, FL", "FL", 2_800, 0.98),
            new Metro("14460", "Boston-Cambridge-Newton, MA-NH", "MA", 2_800, 1.19),
            new Metro("41860", "San Francisco-Oakland-Fremont, CA", "CA", 2_450, 1.36),
            new Metro("38060", "Phoenix-Mesa-Chandler, AZ", "AZ", 2_300, 1.00),
            new Metro("42660", "Seattle-Tacoma-Bellevue, WA", "WA", 2_100, 1.22),
            new Metro("19820", "Detroit-Warren-Dearborn, MI", "MI", 1_950, 1.00),
            new Metro("33460", "Minneapolis-St. Paul-Bloomington, MN-WI", "MN", 1_950, 1.07),
            new Metro("19740", "Denver-Aurora-Centennial, CO", "CO", 1_600, 1.10),
            new Metro("41740", "San Diego-Chula Vista-Carlsbad, CA", "CA", 1_500, 1.12),
            new Metro("12580", "Baltimore-Columbia-Towson, MD", "MD", 1_400, 1.08),
            new Metro("36740", "Orlando-Kissimmee-Sanford, FL", "FL", 1_400, 0.93),
            new Metro("12420", "Austin-Round Rock-San Marcos, TX", "TX", 1_300, 1.07),
            new Metro("38900", "Portland-Vancouver-Hillsboro, OR-WA", "OR", 1_200, 1.08),
            new Metro("41940", "San Jose-Sunnyvale-Santa Clara, CA", "CA", 1_150, 1.45),
            new Metro("34980", "Nashville-Davidson--Murfreesboro--Franklin, TN", "TN", 1_100, 0.97),
            new Metro("40900", "Sacramento-Roseville-Folsom, CA", "CA", 1_050, 1.12),
            new Metro("41980", "San Juan-Bayamón-Caguas, PR", "PR", 700, 0.70),
            new Metro("39580", "Raleigh-Cary, NC", "NC", 700, 1.01),
            new Metro("13820", "Birmingham, AL", "AL", 530, 0.90),
            new Metro("46520", "Urban Honolulu, HI", "HI", 440, 1.05),
            new Metro("10420", "Akron, OH", "OH", 320, 0.94),
            new Metro("11260", "Anchorage, AK", "AK", 170, 1.08));

    /** Halves of generated city names ("Cedar" + "ville"); a generated metro names one to three of them. */
    static final List<String> CITY_STARTS = List.of("Oak", "Cedar", "Maple", "Pine", "River", "Lake", "Spring", "Fair",
            "Green", "Clear", "Rock", "Bright", "Glen", "Elm", "Ash", "Willow", "Stone", "Red", "White", "Silver",
            "Iron", "Brook", "Mill", "Mount", "Port", "New", "Fox", "Bay", "Sandy", "Hazel", "Oxen", "Wolf");
    static final List<String> CITY_ENDS = List.of("field", "ton", "ville", "dale", "port", "wood", "ford", "burg",
            "view", "haven", "mont", "wick", "land", "ridge", "side", "boro");

    /** Parts of nonmetropolitan area titles ("Northwest Alabama nonmetropolitan area"). */
    static final List<String> REGIONS = List.of("Northwest", "Northeast", "Southwest", "Southeast", "Central",
            "North Central", "South Central", "East Central", "West Central", "Northern", "Southern", "Eastern",
            "Western", "Upper", "Lower");

    /** Real occupations, always in a release first (a release with fewer occupations keeps the first ones). */
    static final List<KnownOccupation> OCCUPATIONS = List.of(
            new KnownOccupation("15-1252", "Software Developers", 132_270, 0.36, 1_654_440, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("15-2051", "Data Scientists", 112_590, 0.42, 202_900, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("11-1011", "Chief Executives", 206_680, 0.55, 211_230, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("29-1141", "Registered Nurses", 86_070, 0.30, 3_282_010, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("25-2021", "Elementary School Teachers, Except Special Education", 63_680, 0.28, 1_417_440,
                    Occupation.PayBasis.ANNUAL_ONLY),
            new KnownOccupation("27-2011", "Actors", 48_520, 0.70, 52_960, Occupation.PayBasis.HOURLY_ONLY),
            new KnownOccupation("29-1215", "Family Medicine Physicians", 224_640, 0.38, 111_180, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("29-1248", "Surgeons, All Other", 239_200, 0.35, 31_390, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("11-3021", "Computer and Information Systems Managers", 169_510, 0.38, 591_710,
                    Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("15-1211", "Computer Systems Analysts", 103_800, 0.35, 499_600, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("15-1232", "Computer User Support Specialists", 59_660, 0.33, 704_050, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("15-1244", "Network and Computer Systems Administrators", 95_360, 0.35, 325_510,
                    Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("13-2011", "Accountants and Auditors", 79_880, 0.38, 1_402_420, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("17-2071", "Electrical Engineers", 111_910, 0.33, 191_480, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("23-1011", "Lawyers", 145_760, 0.52, 731_340, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("35-3023", "Fast Food and Counter Workers", 28_240, 0.18, 3_600_330, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("41-2031", "Retail Salespersons", 33_900, 0.30, 3_684_380, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("41-2011", "Cashiers", 29_720, 0.18, 3_298_740, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("43-4051", "Customer Service Representatives", 39_680, 0.27, 2_795_880, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("47-2111", "Electricians", 61_590, 0.33, 739_200, Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("53-3032", "Heavy and Tractor-Trailer Truck Drivers", 54_320, 0.27, 2_097_990,
                    Occupation.PayBasis.ANNUAL_AND_HOURLY),
            new KnownOccupation("53-7062", "Laborers and Freight, Stock, and Material Movers, Hand", 36_770, 0.24, 3_027_660,
                    Occupation.PayBasis.ANNUAL_AND_HOURLY));

    /** The 22 SOC major groups; weights follow how many detailed occupations each has in SOC 2018. */
    static final List<MajorGroup> MAJOR_GROUPS = List.of(
            new MajorGroup("11", "Management Occupations", 118_000, 0.45, 35,
                    List.of("Operations", "Marketing", "Sales", "Financial", "Human Resources", "Purchasing", "Facilities",
                            "Construction", "Education", "Medical and Health Services", "Property", "Lodging",
                            "Food Service", "Transportation", "Compensation", "Training", "Fundraising",
                            "Public Relations", "Research", "Emergency", "Logistics", "Quality", "Risk", "Program",
                            "Gaming", "Farm"),
                    List.of("Managers", "Directors", "Administrators", "Executives")),
            new MajorGroup("13", "Business and Financial Operations Occupations", 79_000, 0.40, 30,
                    List.of("Budget", "Credit", "Tax", "Cost", "Claims", "Compliance", "Loan", "Insurance", "Financial",
                            "Management", "Logistics", "Market Research", "Training", "Procurement", "Personal Financial",
                            "Investment", "Fraud", "Event", "Fundraising", "Labor Relations"),
                    List.of("Analysts", "Specialists", "Examiners", "Officers", "Agents", "Advisors")),
            new MajorGroup("15", "Computer and Mathematical Occupations", 104_000, 0.38, 20,
                    List.of("Database", "Network", "Information Security", "Cloud", "Web", "Software Quality",
                            "Computer Systems", "Data", "Machine Learning", "Operations Research", "Statistical",
                            "Actuarial", "Platform", "Embedded Systems", "Mobile Application", "Geospatial"),
                    List.of("Architects", "Analysts", "Developers", "Engineers", "Specialists", "Administrators",
                            "Scientists", "Testers")),
            new MajorGroup("17", "Architecture and Engineering Occupations", 88_000, 0.38, 35,
                    List.of("Civil", "Mechanical", "Electrical", "Chemical", "Industrial", "Aerospace", "Biomedical",
                            "Environmental", "Materials", "Petroleum", "Mining", "Nuclear", "Marine", "Agricultural",
                            "Health and Safety", "Electronics", "Landscape", "Surveying", "Mapping", "Drafting"),
                    List.of("Engineers", "Technicians", "Drafters", "Technologists", "Architects")),
            new MajorGroup("19", "Life, Physical, and Social Science Occupations", 76_000, 0.42, 45,
                    List.of("Soil", "Food", "Animal", "Plant", "Marine", "Atmospheric", "Geological", "Hydrologic",
                            "Forensic Science", "Biological", "Chemical", "Nuclear", "Environmental Science",
                            "Social Science Research", "Conservation", "Epidemiology", "Microbiology", "Astronomy",
                            "Urban Planning", "Survey Research"),
                    List.of("Scientists", "Technicians", "Researchers", "Specialists", "Assistants")),
            new MajorGroup("21", "Community and Social Service Occupations", 52_000, 0.35, 15,
                    List.of("Child, Family, and School", "Healthcare", "Mental Health", "Substance Abuse", "Rehabilitation",
                            "Marriage and Family", "Community Health", "Probation", "Educational",
                            "Religious Activities", "Social and Human Service", "Career"),
                    List.of("Social Workers", "Counselors", "Workers", "Specialists", "Assistants")),
            new MajorGroup("23", "Legal Occupations", 98_000, 0.55, 7,
                    List.of("Judicial", "Administrative Law", "Title", "Court", "Paralegal", "Patent", "Contract",
                            "Legal Support", "Arbitration", "Regulatory"),
                    List.of("Lawyers", "Clerks", "Examiners", "Assistants", "Mediators", "Judges")),
            new MajorGroup("25", "Educational Instruction and Library Occupations", 61_000, 0.40, 60,
                    List.of("Elementary School", "Middle School", "Secondary School", "Special Education",
                            "Adult Basic Education", "Career/Technical Education", "Preschool", "Kindergarten",
                            "Art, Drama, and Music", "Biological Science", "Business", "Chemistry", "Computer Science",
                            "Economics", "Engineering", "English Language and Literature", "History",
                            "Mathematical Science", "Nursing", "Psychology", "Library", "Museum", "Instructional",
                            "Self-Enrichment"),
                    List.of("Teachers", "Instructors", "Teachers, Postsecondary", "Coordinators", "Technicians",
                            "Assistants")),
            new MajorGroup("27", "Arts, Design, Entertainment, Sports, and Media Occupations", 58_000, 0.50, 40,
                    List.of("Graphic", "Interior", "Fashion", "Floral", "Set and Exhibit", "Commercial and Industrial",
                            "Sound", "Broadcast", "Camera", "Film and Video", "Media and Communication", "Public Address",
                            "Sports", "Music", "Dance", "Choreography", "Audio and Video", "Lighting"),
                    List.of("Designers", "Artists", "Technicians", "Operators", "Editors", "Directors", "Writers",
                            "Performers")),
            new MajorGroup("29", "Healthcare Practitioners and Technical Occupations", 82_000, 0.45, 65,
                    List.of("Cardiovascular", "Radiologic", "Nuclear Medicine", "Respiratory", "Surgical", "Ophthalmic",
                            "Dental", "Dietetic", "Pharmacy", "Psychiatric", "Orthotic and Prosthetic",
                            "Occupational Health", "Hearing Aid", "Athletic", "Exercise", "Recreational", "Genetic",
                            "Medical Records", "Pediatric", "Emergency Medical", "Clinical Laboratory",
                            "Diagnostic Medical"),
                    List.of("Technologists", "Technicians", "Therapists", "Specialists", "Practitioners", "Physicians",
                            "Surgeons", "Nurses")),
            new MajorGroup("31", "Healthcare Support Occupations", 36_000, 0.25, 15,
                    List.of("Home Health", "Nursing", "Psychiatric", "Occupational Therapy", "Physical Therapy", "Massage",
                            "Dental", "Medical", "Phlebotomy", "Veterinary", "Pharmacy", "Medical Equipment"),
                    List.of("Aides", "Assistants", "Technicians", "Preparers", "Attendants")),
            new MajorGroup("33", "Protective Service Occupations", 50_000, 0.38, 20,
                    List.of("Police", "Fire", "Correctional", "Transit", "Gaming", "Security", "School Bus", "Crossing",
                            "Fish and Game", "Parking", "Animal Control", "Detention"),
                    List.of("Officers", "Inspectors", "Investigators", "Supervisors", "Guards", "Wardens")),
            new MajorGroup("35", "Food Preparation and Serving Related Occupations", 31_000, 0.22, 15,
                    List.of("Fast Food", "Institution and Cafeteria", "Restaurant", "Short Order", "Food Preparation",
                            "Food Concession", "Dining Room", "Coffee Shop", "Bar", "Banquet", "Hotel"),
                    List.of("Cooks", "Workers", "Attendants", "Servers", "Hosts and Hostesses", "Dishwashers")),
            new MajorGroup("37", "Building and Grounds Cleaning and Maintenance Occupations", 36_000, 0.25, 8,
                    List.of("Janitorial", "Housekeeping", "Pest Control", "Landscaping", "Groundskeeping", "Pesticide",
                            "Tree", "Window", "Carpet", "Pool"),
                    List.of("Workers", "Cleaners", "Applicators", "Trimmers", "Supervisors")),
            new MajorGroup("39", "Personal Care and Service Occupations", 34_000, 0.30, 30,
                    List.of("Childcare", "Personal Care", "Recreation", "Fitness", "Amusement and Recreation", "Funeral",
                            "Baggage", "Concierge", "Tour", "Travel", "Animal Care", "Hairdressing", "Skincare",
                            "Locker Room"),
                    List.of("Workers", "Attendants", "Guides", "Trainers", "Specialists", "Aides")),
            new MajorGroup("41", "Sales and Related Occupations", 38_000, 0.50, 20,
                    List.of("Retail", "Wholesale", "Advertising", "Insurance", "Real Estate", "Securities", "Travel",
                            "Parts", "Counter and Rental", "Door-to-Door", "Technical Products", "Telemarketing"),
                    List.of("Sales Representatives", "Salespersons", "Agents", "Brokers", "Cashiers", "Demonstrators")),
            new MajorGroup("43", "Office and Administrative Support Occupations", 45_000, 0.30, 55,
                    List.of("Billing", "Payroll", "Bookkeeping", "Customer Service", "Order", "File", "Hotel",
                            "Interviewing", "Library", "Loan", "Shipping", "Receiving", "Production Planning",
                            "Insurance Claims", "Medical", "Legal", "Data Entry", "Word Processing", "Mail",
                            "Dispatching", "Procurement", "Court"),
                    List.of("Clerks", "Representatives", "Assistants", "Secretaries", "Coordinators", "Operators")),
            new MajorGroup("45", "Farming, Fishing, and Forestry Occupations", 36_000, 0.28, 12,
                    List.of("Agricultural", "Greenhouse", "Fishing", "Hunting", "Forest", "Conservation", "Logging",
                            "Animal Breeding", "Crop", "Nursery"),
                    List.of("Workers", "Inspectors", "Graders and Sorters", "Operators", "Laborers")),
            new MajorGroup("47", "Construction and Extraction Occupations", 55_000, 0.30, 55,
                    List.of("Brick", "Stone", "Cement", "Drywall", "Tile", "Roofing", "Insulation", "Glazing", "Paving",
                            "Pipe", "Structural Iron", "Rail-Track", "Highway Maintenance", "Septic Tank", "Mining",
                            "Derrick", "Rotary Drill", "Explosives", "Hazardous Materials", "Earth Drill"),
                    List.of("Masons", "Installers", "Workers", "Operators", "Helpers", "Finishers")),
            new MajorGroup("49", "Installation, Maintenance, and Repair Occupations", 55_000, 0.30, 50,
                    List.of("Avionics", "Telecommunications", "Automotive", "Bus and Truck", "Heavy Equipment",
                            "Small Engine", "Heating and Air Conditioning", "Home Appliance", "Industrial Machinery",
                            "Medical Equipment", "Wind Turbine", "Elevator", "Camera", "Musical Instrument", "Locksmith",
                            "Signal and Track", "Coin and Vending", "Electrical Power-Line"),
                    List.of("Mechanics", "Technicians", "Installers", "Repairers", "Servicers", "Inspectors")),
            new MajorGroup("51", "Production Occupations", 44_000, 0.28, 100,
                    List.of("Metal", "Plastic", "Textile", "Food", "Chemical", "Paper Goods", "Glass", "Woodworking",
                            "Printing", "Furniture", "Semiconductor", "Cabinet", "Tire", "Meat", "Bakery",
                            "Dental Laboratory", "Optical", "Jewelry", "Electrical Equipment", "Engine"),
                    List.of("Machine Setters", "Machine Operators", "Inspectors", "Finishers", "Assemblers", "Cutters",
                            "Molders", "Tenders")),
            new MajorGroup("53", "Transportation and Material Moving Occupations", 42_000, 0.32, 45,
                    List.of("Truck", "Bus", "Shuttle", "Railroad", "Ship", "Crane", "Conveyor", "Industrial Truck",
                            "Parking", "Aircraft Cargo", "Freight", "Stock", "Refuse", "Pump", "Tank Car",
                            "Bridge and Lock"),
                    List.of("Drivers", "Operators", "Attendants", "Handlers", "Tenders", "Loaders", "Inspectors")));

    /** Nouns whose occupations are paid far above their group: where the top codes ("#") mostly come from. */
    static final List<String> HIGHLY_PAID_NOUNS = List.of("Physicians", "Surgeons", "Executives", "Judges");
}
