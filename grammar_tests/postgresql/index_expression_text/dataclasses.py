from typing import Optional
import datetime

from sqlalchemy import DateTime, Index, Integer, PrimaryKeyConstraint, String, Text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Docs(Base):
    __tablename__ = 'docs'
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

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[Optional[str]] = mapped_column(String(40))
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()))
    words: Mapped[Optional[list[str]]] = mapped_column(ARRAY(String()))
    stamp: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
