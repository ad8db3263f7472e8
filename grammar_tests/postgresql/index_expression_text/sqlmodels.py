from typing import Optional
import datetime

from sqlalchemy import Column, DateTime, Index, Integer, PrimaryKeyConstraint, String, Text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, SQLModel

class Docs(SQLModel, table=True):
    __table_args__ = (
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

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    title: Optional[str] = Field(default=None, sa_column=Column('title', String(40)))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(Text())))
    words: Optional[list[str]] = Field(default=None, sa_column=Column('words', ARRAY(String())))
    stamp: Optional[datetime.datetime] = Field(default=None, sa_column=Column('stamp', DateTime))
