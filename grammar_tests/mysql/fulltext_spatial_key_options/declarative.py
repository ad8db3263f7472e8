from typing import Optional

from sqlalchemy import Index, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(DeclarativeBase):
    pass


class Place(Base):
    __tablename__ = 'place'
    __table_args__ = (
        Index('area_sp', 'area', mysql_prefix='SPATIAL'),
        Index('place_both_ft', 'title', 'summary', mysql_prefix='FULLTEXT'),
        Index('place_spot_sp', 'spot', mysql_prefix='SPATIAL'),
        Index('place_title_ft', 'title', mysql_prefix='FULLTEXT'),
        Index('summary', 'summary', mysql_prefix='FULLTEXT'),
        Index('title_plain', 'title')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    spot: Mapped[object] = mapped_column(NullType, nullable=False)
    area: Mapped[object] = mapped_column(NullType, nullable=False)
    title: Mapped[Optional[str]] = mapped_column(String(100))
    summary: Mapped[Optional[str]] = mapped_column(Text)
