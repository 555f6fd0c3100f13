-- A citizen who leaves has what they told check-ins erased (SubscribersLeaving): their answers and help cases are
-- found by subscriber.
CREATE INDEX safety_answer_by_subscriber ON safety_answer (subscriber_id);
CREATE INDEX help_case_by_subscriber ON help_case (subscriber_id);
