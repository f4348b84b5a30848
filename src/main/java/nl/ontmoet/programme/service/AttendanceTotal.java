package nl.ontmoet.programme.service;

/** Attendance of one activity in one month. */
public record AttendanceTotal(String activity, int year, int month, long sessions, long visitors, long newVisitors) {
}
