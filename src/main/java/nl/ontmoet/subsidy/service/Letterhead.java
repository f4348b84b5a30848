package nl.ontmoet.subsidy.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who sends decision letters and where objections go, from the application's settings
 * ({@code ontmoet.letters.*}): the municipality's name and postal address, the address for objections, a contact
 * for questions and the function of the officials who sign on the college's behalf.
 */
@Component
public class Letterhead {

    private final String municipality;
    private final String address;
    private final String objectionAddress;
    private final String contact;
    private final String signerFunction;

    Letterhead(@Value("${ontmoet.letters.municipality}") String municipality,
               @Value("${ontmoet.letters.address}") String address,
               @Value("${ontmoet.letters.objection-address}") String objectionAddress,
               @Value("${ontmoet.letters.contact}") String contact,
               @Value("${ontmoet.letters.signer-function}") String signerFunction) {
        this.municipality = municipality;
        this.address = address;
        this.objectionAddress = objectionAddress;
        this.contact = contact;
        this.signerFunction = signerFunction;
    }

    public String municipality() {
        return municipality;
    }

    public String address() {
        return address;
    }

    public String objectionAddress() {
        return objectionAddress;
    }

    public String contact() {
        return contact;
    }

    public String signerFunction() {
        return signerFunction;
    }
}
