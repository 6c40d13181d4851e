-- Each influencer's ad requests counted by status and by who made the latest offer, with the sum
-- of their agreed amounts: what the influencer's dashboard and inbox show, read in one small query
-- instead of adding up an influencer's whole history on every view. AdRequests keeps it in step
-- with adrequests_ad_requests in the transaction of every insert, change and delete.
CREATE TABLE adrequests_influencer_tallies (
    influencer_id TEXT   NOT NULL,
    status        TEXT   NOT NULL,
    offered_by    TEXT   NOT NULL,
    requests      BIGINT NOT NULL CHECK (requests >= 0),
    agreed_minor  BIGINT NOT NULL,
    PRIMARY KEY (influencer_id, status, offered_by)
);

INSERT INTO adrequests_influencer_tallies (influencer_id, status, offered_by, requests, agreed_minor)
SELECT influencer_id, status, offered_by, count(*), coalesce(sum(agreed_minor), 0)
  FROM adrequests_ad_requests
 GROUP BY influencer_id, status, offered_by;
