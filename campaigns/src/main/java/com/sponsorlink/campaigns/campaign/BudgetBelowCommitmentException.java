package com.sponsorlink.campaigns.campaign;

class BudgetBelowCommitmentException extends RuntimeException {

    BudgetBelowCommitmentException(String committed) {
        super("The budget cannot be lower than the " + committed + " already committed to accepted ad requests.");
    }
}
