from sqlalchemy import Column, DateTime, Index, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()


t_docs = Table(
    'docs', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', String(40)),
    Column('tags', ARRAY(Text())),
    Column('words', ARRAY(String())),
    Column('stamp', DateTime),
    PrimaryKeyConstraint('id', name='docs_pkey'),
    Index('docs_cast', postgresql_ops={'(title::text)': 'text_pattern_ops'}),
    Index('docs_coalesce', postgresql_ops={"COALESCE(title, ''::character varying)": 'text_pattern_ops'}),
    Index('docs_concat', postgresql_ops={"(lower(title::text) || '/'::text)": 'text_pattern_ops'}),
    Index('docs_first_tag', postgresql_ops={'(tags[1])': 'text_pattern_ops'}),
    Index('docs_initials', postgresql_ops={'initials(words::text[])': 'text_pattern_ops'}),
    Index('docs_nested', postgresql_ops={"(stamp + '1 day'::interval)": 'timestamp_minmax_multi_ops'}, postgresql_using='brin'),
    Index('docs_slug', postgresql_ops={"replace(title::text, ' '::text, '-'::text)": 'text_pattern_ops'}),
    Index('docs_utc', postgresql_ops={"(stamp AT TIME ZONE 'UTC'::text)": 'timestamptz_minmax_multi_ops'}, postgresql_using='brin')
)
