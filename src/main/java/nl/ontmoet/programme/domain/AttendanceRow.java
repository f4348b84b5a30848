package nl.ontmoet.programme.domain;

/** Attendance of one activity in one month, as the database adds it up. */
public interface AttendanceRow {

    String getActivity();

    Integer getInYear();

    Integer getInMonth();

    Long getSessions();

    Long getVisitors();

    Long getNewVisitors();
}
