package com.salaryguide.testsupport.oews;

/** BLS's AREA_TYPE: the kind of area a row describes, with the code the files print. */
public enum AreaType {
    NATIONAL(1), STATE(2), TERRITORY(3), METRO(4), NONMETRO(6);

    private final int code;

    AreaType(int code) {
        this.code = code;
    }

    /** The AREA_TYPE cell: 1 national, 2 state, 3 territory, 4 metropolitan, 6 nonmetropolitan. */
    public int code() {
        return code;
    }
}
