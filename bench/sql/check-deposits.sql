-- After the run: does every credited deposit look the same in the database, whether seed.sql wrote it ('ea...')
-- or the service credited it through the webhook during the run ('e7...')? The service's own credits are the
-- reference. A credit is: the transfer 'deposit-<id>' of type deposit_credited about that deposit, made at the
-- instant the deposit completed; exactly two postings, stripe clearing -amount (leg 0) and the owner's wallet
-- +amount (leg 1), with the transfer's time; and a deposit_paid event received at that instant. A deposit that is
-- not completed has no transfer. One line per origin: origin|deposits|malformed|first malformed id.
with deposit as (
    select d.*, case when d.id like 'ea%' then 'seeded' when d.id like 'e7%' then 'webhook' else 'other' end as origin
    from deposits d),
shaped as (
    select deposit.origin, deposit.id,
           case when deposit.status <> 'completed' then
                    not exists (select 1 from transfers t where t.id = 'deposit-' || deposit.id)
                else exists (
                    select 1 from transfers t
                    where t.id = 'deposit-' || deposit.id and t.type = 'deposit_credited'
                      and t.subject_type = 'deposit' and t.subject_id = deposit.id and t.job_id is null
                      and t.created_at = deposit.completed_at
                      and (select count(*) from postings p where p.transfer_id = t.id) = 2
                      and exists (select 1 from postings p where p.transfer_id = t.id and p.leg = 0
                                    and p.account_key = 'platform:stripe_clearing'
                                    and p.amount_cents = -deposit.amount_cents and p.created_at = t.created_at)
                      and exists (select 1 from postings p where p.transfer_id = t.id and p.leg = 1
                                    and p.account_key = 'wallet:' || deposit.user_id
                                    and p.amount_cents = deposit.amount_cents and p.created_at = t.created_at)
                      -- Uncorrelated, so PostgreSQL hashes the events once instead of scanning them per deposit.
                      and deposit.completed_at in (select e.received_at from gateway_events e
                                                   where e.type = 'deposit_paid'))
           end as ok
    from deposit)
select origin, count(*), count(*) filter (where not ok), min(id) filter (where not ok)
from shaped group by origin order by origin;
